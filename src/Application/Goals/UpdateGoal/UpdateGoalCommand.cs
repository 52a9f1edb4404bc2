namespace AdaptiveLearning.Application.Goals.UpdateGoal;

/// <summary>Only the fields given change.</summary>
public sealed record UpdateGoalCommand(
    Guid UserId, Guid GoalId, string? Name, IReadOnlyList<string>? Scope, DateOnly? TargetDate, double? DesiredRetention,
    IReadOnlyList<DayOfWeek>? StudyDays, int? MinutesPerDay);
