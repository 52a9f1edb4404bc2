namespace AdaptiveLearning.Application.Scheduler.SimulateWorkload;

/// <param name="Days">Reviews per learner day, starting today.</param>
public sealed record WorkloadForecast(double DesiredRetention, IReadOnlyList<WorkloadDay> Days, int TotalReviews);
