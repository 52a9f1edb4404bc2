using AdaptiveLearning.Application.Imports;

namespace AdaptiveLearning.Application.Events.Payloads;

/// <summary>The <c>data</c> of <c>import.finished</c>: the outcome and counts.</summary>
/// <param name="ImportId">The import job.</param>
/// <param name="StartedBy">Who started it (their stream shows the event).</param>
/// <param name="Status">How it ended.</param>
/// <param name="DryRun">Whether nothing was written by design; null when it ended without a report.</param>
/// <param name="Total">What the files held and what was done with it; null when it ended without a report.</param>
/// <param name="Published">Questions it published; null when it ended without a report.</param>
/// <param name="Error">Why it failed, if it did.</param>
public sealed record ImportFinishedData(Guid ImportId, Guid StartedBy, ImportJobStatus Status, bool? DryRun, ImportCounts? Total, int? Published, string? Error);
