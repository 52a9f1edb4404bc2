using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Models;

/// <param name="Trigger">"admin", "command" or "new_attempts".</param>
/// <param name="ErrorCode">The problem code when the job failed, e.g. not_enough_data.</param>
public sealed record TrainingJob(
    Guid Id,
    TrainingJobStatus Status,
    string Trigger,
    DateTimeOffset RequestedAt,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? FinishedAt = null,
    CorrectnessModelInfo? Model = null,
    string? ErrorCode = null,
    string? Error = null)
{
    /// <summary>The job as failed by <paramref name="error"/>: a use case's problem keeps its code, anything else is internal.</summary>
    public TrainingJob FailedWith(Exception error, DateTimeOffset at) => error is ProblemException problem
        ? this with { Status = TrainingJobStatus.Failed, FinishedAt = at, ErrorCode = problem.Problem.Code, Error = problem.Detail }
        : this with { Status = TrainingJobStatus.Failed, FinishedAt = at, ErrorCode = Problems.Internal.Code, Error = Problems.Internal.Title };
}
