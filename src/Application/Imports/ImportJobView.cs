namespace AdaptiveLearning.Application.Imports;

/// <summary>An uploaded import and, once it has run, its report.</summary>
/// <param name="Id">The job; poll it at its Location.</param>
/// <param name="Status">queued, running, succeeded, completed_with_problems, failed, cancelled or interrupted.</param>
/// <param name="FileCount">Files uploaded.</param>
/// <param name="DryRun">Validate and report only; nothing is written.</param>
/// <param name="Publish">Publish created questions and drafts in the files.</param>
/// <param name="CreatedAt">When the job was accepted.</param>
/// <param name="StartedAt">When it started running.</param>
/// <param name="FinishedAt">When it finished; set for every final status.</param>
/// <param name="Report">The import report once it has run.</param>
/// <param name="Error">Why it could not run, for failed, cancelled and interrupted.</param>
/// <param name="CreatedBy">The user who started it.</param>
public sealed record ImportJobView(
    Guid Id,
    ImportJobStatus Status,
    int FileCount,
    bool DryRun,
    bool Publish,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? FinishedAt = null,
    ImportReport? Report = null,
    string? Error = null,
    Guid? CreatedBy = null);
