namespace AdaptiveLearning.Domain.Scheduling;

public enum SchedulerKind
{
    Fsrs = 0,
    Sm2 = 1,
}
