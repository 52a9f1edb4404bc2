namespace AdaptiveLearning.Application.Scheduler.OptimizeScheduler;

public sealed record OptimizeSchedulerCommand(Guid UserId);
