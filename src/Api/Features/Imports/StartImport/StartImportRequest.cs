namespace AdaptiveLearning.Api.Features.Imports.StartImport;

/// <summary>
/// The JSON form of an upload. The same files can be sent as multipart/form-data instead: one file part per
/// file (its file name is the facet) and optional <c>publish</c> / <c>dryRun</c> / <c>format</c> form fields.
/// </summary>
public sealed class StartImportRequest
{
    public const string Route = "/imports";

    public List<UploadedImportFile> Files { get; init; } = [];
    /// <summary>Publish created and changed questions (otherwise new questions are drafts).</summary>
    public bool Publish { get; init; }
    /// <summary>Validate and report without writing anything.</summary>
    public bool DryRun { get; init; }
    /// <summary>
    /// The files' format: json, csv, tsv, gift, aiken, moodle_xml or anki (multipart only). Omit it to go by each file's
    /// extension (.json, .csv, .tsv, .gift, .aiken, .xml, .apkg/.colpkg); a _hierarchy.json is always JSON.
    /// </summary>
    public string? Format { get; init; }
}
