namespace AdaptiveLearning.Application.Scheduler.SimulateWorkload;

public sealed record WorkloadDay(DateOnly Day, int Reviews);
