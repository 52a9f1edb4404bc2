namespace AdaptiveLearning.Domain.Scheduling;

/// <param name="Cards">The learner's deck as it is now; New cards are introduced in list order.</param>
/// <param name="Start">The first simulated day is the learner's day containing this instant.</param>
/// <param name="StudyDays">The weekdays the learner studies (in their calendar); null for every day. Cards due on a day off wait.</param>
public sealed record WorkloadSimulationRequest(
    IReadOnlyList<MemoryState> Cards,
    FsrsParameters Parameters,
    double DesiredRetention,
    int Days,
    int NewCardsPerDay,
    int Seed,
    DateTimeOffset Start,
    LearnerCalendar Calendar,
    IReadOnlySet<DayOfWeek>? StudyDays = null);
