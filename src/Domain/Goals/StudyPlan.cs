namespace AdaptiveLearning.Domain.Goals;

/// <summary>A goal's day-by-day plan as of today.</summary>
/// <param name="From">The learner's today, the plan's first day.</param>
/// <param name="StudyDaysLeft">Study days from today up to the day before the target date.</param>
/// <param name="ScopeQuestions">Published questions in the scope (suspended cards left out).</param>
/// <param name="NewCards">Of those, the ones not started yet.</param>
/// <param name="NewCardsPerDay">New cards to take each study day so that every question is started with a fifth of the study days left for review.</param>
/// <param name="SecondsPerReview">The pace the minutes assume: the learner's average over their last 200 timed answers, or a default before they have one; a new card counts double.</param>
/// <param name="Days">Every day from today to the day before the target date, days off included.</param>
/// <param name="AverageMinutes">Mean planned minutes over the study days.</param>
/// <param name="PeakMinutes">The busiest study day.</param>
/// <param name="Feasible">True when the average study day fits the goal's minutes per day.</param>
/// <param name="RequiredMinutesPerDay">When not feasible: the minutes per day the plan needs by the target date.</param>
/// <param name="FeasibleFrom">When not feasible: the earliest target date (up to a year later) at which the goal's minutes per day suffice; null if none.</param>
/// <param name="PredictedRetention">Mean probability of recalling a question of the scope on the target date when the plan is followed (a question never started counts 0).</param>
/// <param name="RetentionIfStoppedNow">The same if no more studying happened from today: the progress made so far.</param>
public sealed record StudyPlan(
    Guid GoalId,
    DateOnly From,
    DateOnly TargetDate,
    int StudyDaysLeft,
    int ScopeQuestions,
    int NewCards,
    int NewCardsPerDay,
    double SecondsPerReview,
    IReadOnlyList<StudyPlanDay> Days,
    double AverageMinutes,
    double PeakMinutes,
    bool Feasible,
    int? RequiredMinutesPerDay,
    DateOnly? FeasibleFrom,
    double PredictedRetention,
    double RetentionIfStoppedNow);
