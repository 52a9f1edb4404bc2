namespace AdaptiveLearning.Application.Jobs;

/// <param name="Payload">JSON the handler of <paramref name="Kind"/> reads; it must hold everything the run needs.</param>
public sealed record NewJob(Guid Id, string Kind, string Payload, int MaxAttempts = NewJob.DefaultMaxAttempts)
{
    public const int DefaultMaxAttempts = 3;
}
