namespace AdaptiveLearning.Application.Jobs;

/// <param name="Attempt">1 on the first run; a job retried after a failure or a lost lease runs again with its next number.</param>
public sealed record RunningJob(Guid Id, string Kind, string Payload, int Attempt, int MaxAttempts);
