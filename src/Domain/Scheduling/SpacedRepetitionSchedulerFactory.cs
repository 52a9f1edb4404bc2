namespace AdaptiveLearning.Domain.Scheduling;

public static class SpacedRepetitionSchedulerFactory
{
    public static ISpacedRepetitionScheduler Create(SchedulerKind kind, SchedulerSettings settings) => kind switch
    {
        SchedulerKind.Fsrs => new FsrsScheduler(settings),
        SchedulerKind.Sm2 => new Sm2Scheduler(settings),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown scheduler kind."),
    };
}
