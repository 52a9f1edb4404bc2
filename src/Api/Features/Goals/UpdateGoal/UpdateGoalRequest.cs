namespace AdaptiveLearning.Api.Features.Goals.UpdateGoal;

/// <summary>A field left out stays as it is.</summary>
public sealed class UpdateGoalRequest
{
    public const string Route = GoalRequest.Route;

    public Guid Id { get; init; }
    public string? Name { get; init; }
    /// <summary>Hierarchy paths the goal covers; empty for the whole bank.</summary>
    public IReadOnlyList<string>? Scope { get; init; }
    /// <summary>The day of the exam in my calendar (after today, within two years).</summary>
    public DateOnly? TargetDate { get; init; }
    /// <summary>Recall probability to plan reviews for, 0.7-0.97.</summary>
    public double? DesiredRetention { get; init; }
    /// <summary>Weekdays I study.</summary>
    public IReadOnlyList<DayOfWeek>? StudyDays { get; init; }
    /// <summary>Minutes I can give a study day, 1-600.</summary>
    public int? MinutesPerDay { get; init; }
}
