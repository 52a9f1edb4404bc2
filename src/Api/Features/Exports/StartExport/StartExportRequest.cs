namespace AdaptiveLearning.Api.Features.Exports.StartExport;

public sealed class StartExportRequest
{
    public const string Route = "/exports";

    /// <summary>Export only this subtree (a hierarchy path such as <c>math__algebra</c>); omit for the whole bank.</summary>
    public string? Node { get; init; }
    /// <summary>Export only questions in this status (draft, in_review, published, archived); omit for all.</summary>
    public string? Status { get; init; }
    /// <summary>
    /// The facet files' format in the zip: json (the default, the import format), csv, tsv, gift or moodle_xml. Each re-imports
    /// as a no-op; aiken and anki are import-only.
    /// </summary>
    public string? Format { get; init; }
}
