namespace AdaptiveLearning.Domain.Goals;

/// <param name="StudyDay">False on the learner's days off: nothing is planned, due cards wait for the next study day.</param>
public sealed record StudyPlanDay(DateOnly Date, bool StudyDay, int NewCards, int Reviews, double Minutes);
