namespace AdaptiveLearning.Domain.Goals;

/// <param name="StudyDaysLeft">Study days from today up to the day before the target date.</param>
/// <param name="ScopeQuestions">Published questions in the goal's scope.</param>
/// <param name="NewCards">Of those, the ones the learner has not started yet.</param>
/// <param name="NewCardsPerDay">New cards to take each study day so that all are started with a fifth of the time left for review.</param>
/// <param name="Feasible">Whether the plan's average study day fits the goal's minutes per day.</param>
/// <param name="RequiredMinutesPerDay">When it does not fit: the minutes per day the plan needs.</param>
/// <param name="FeasibleFrom">When it does not fit: the earliest target date (within a year after the goal's) at which the goal's minutes suffice.</param>
/// <param name="PredictedRetention">Mean probability of recalling a scope question on the target date when the plan is followed.</param>
/// <param name="RetentionIfStoppedNow">The same if the learner stopped studying today.</param>
public sealed record StudyPlan(
    int StudyDaysLeft,
    int ScopeQuestions,
    int NewCards,
    int NewCardsPerDay,
    IReadOnlyList<StudyPlanDay> Days,
    double AverageMinutes,
    double PeakMinutes,
    bool Feasible,
    int? RequiredMinutesPerDay,
    DateOnly? FeasibleFrom,
    double PredictedRetention,
    double RetentionIfStoppedNow);
