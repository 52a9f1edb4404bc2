using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Exports;

/// <summary>An export job; once it has succeeded its zip is at <c>/exports/{id}/file</c>.</summary>
/// <param name="Id">The job; poll it at its Location.</param>
/// <param name="Status">queued, running, succeeded, failed, interrupted or cancelled.</param>
/// <param name="Node">The exported subtree's path; null for the whole bank.</param>
/// <param name="QuestionStatus">Only questions in this status were exported; null for every status.</param>
/// <param name="Format">The facet files' format in the zip: json (the import format), csv, tsv, gift or moodle_xml.</param>
/// <param name="CreatedAt">When the job was accepted.</param>
/// <param name="StartedAt">When it last started running.</param>
/// <param name="FinishedAt">When it finished; set for every final status.</param>
/// <param name="Files">Files in the zip, once succeeded (the hierarchy file and one per facet with questions).</param>
/// <param name="Questions">Questions in the zip, once succeeded.</param>
/// <param name="ErrorCode">Why it did not succeed: a problem code, or the job engine's (handler_failed, lease_expired, cancelled).</param>
/// <param name="Error">The same, for people.</param>
public sealed record ExportJobView(
    Guid Id,
    ExportJobStatus Status,
    string? Node,
    QuestionStatus? QuestionStatus,
    string Format,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? FinishedAt = null,
    int? Files = null,
    int? Questions = null,
    string? ErrorCode = null,
    string? Error = null);
