namespace AdaptiveLearning.Application.Scheduler.SimulateWorkload;

public sealed record SimulateWorkloadCommand(Guid UserId, double DesiredRetention, int Days, int NewCardsPerDay)
{
    public const int MaxDays = 365;
    public const double MinRetention = 0.7;
    public const double MaxRetention = 0.99;
}
