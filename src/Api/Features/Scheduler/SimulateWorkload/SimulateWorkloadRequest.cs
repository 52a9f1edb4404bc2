namespace AdaptiveLearning.Api.Features.Scheduler.SimulateWorkload;

public sealed class SimulateWorkloadRequest
{
    public const string Route = "/users/me/scheduler/simulate";

    /// <summary>Target probability of recall when a card comes due, 0.7-0.99.</summary>
    /// <example>0.85</example>
    public double DesiredRetention { get; init; } = 0.9;
    /// <summary>Days to forecast, 1-365.</summary>
    /// <example>30</example>
    public int Days { get; init; } = 30;
    /// <summary>New cards introduced per day, 0-1000.</summary>
    /// <example>10</example>
    public int NewCardsPerDay { get; init; }
}
