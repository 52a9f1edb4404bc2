namespace AdaptiveLearning.Domain.Scheduling;

/// <param name="Cards">The learner's deck as it is now; New cards are introduced in list order.</param>
/// <param name="Start">The first simulated day is the learner's day containing this instant.</param>
public sealed record WorkloadSimulationRequest(
    IReadOnlyList<MemoryState> Cards,
    FsrsParameters Parameters,
    double DesiredRetention,
    int Days,
    int NewCardsPerDay,
    int Seed,
    DateTimeOffset Start,
    LearnerCalendar Calendar);
