namespace AdaptiveLearning.Infrastructure.Observability;

/// <summary>The queued jobs of one kind; <see cref="OldestDueSeconds"/> is 0 while every one of them waits for a retry.</summary>
internal sealed record QueuedJobs(string Kind, long Queued, double OldestDueSeconds);
