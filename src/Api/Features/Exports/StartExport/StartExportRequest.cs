namespace AdaptiveLearning.Api.Features.Exports.StartExport;

public sealed class StartExportRequest
{
    public const string Route = "/exports";

    /// <summary>Export only this subtree (a hierarchy path such as <c>math__algebra</c>); omit for the whole bank.</summary>
    public string? Node { get; init; }
    /// <summary>Export only questions in this status (draft, in_review, published, archived); omit for all.</summary>
    public string? Status { get; init; }
    /// <summary>json (the default and only format): a zip of files in the import format.</summary>
    public string? Format { get; init; }
}
