using AdaptiveLearning.Application.Jobs;
using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Infrastructure.Jobs;

/// <summary>A jobs row as Dapper reads it (column names map with underscores matched).</summary>
internal sealed class JobRow
{
    public Guid Id { get; init; }
    public string Kind { get; init; } = "";
    public string Payload { get; init; } = "";
    public string Status { get; init; } = "";
    public int Attempts { get; init; }
    public int MaxAttempts { get; init; }
    public bool CancelRequested { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public string? ErrorCode { get; init; }
    public string? ErrorMessage { get; init; }
    public string? Result { get; init; }

    public JobView ToView() => new(Id, Kind, Payload, WireNames.Parse<JobStatus>(Status), Attempts, MaxAttempts, CancelRequested,
        CreatedAt, StartedAt, FinishedAt, ErrorCode, ErrorMessage, Result);
}
