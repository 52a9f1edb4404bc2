namespace AdaptiveLearning.Application.Goals.CreateGoal;

public sealed record CreateGoalCommand(
    Guid UserId, string Name, IReadOnlyList<string> Scope, DateOnly TargetDate, double DesiredRetention,
    IReadOnlyList<DayOfWeek> StudyDays, int MinutesPerDay);
