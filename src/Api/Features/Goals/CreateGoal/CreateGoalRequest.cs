namespace AdaptiveLearning.Api.Features.Goals.CreateGoal;

public sealed class CreateGoalRequest
{
    public const string Route = "/goals";

    /// <example>Driving theory exam</example>
    public string Name { get; init; } = "";
    /// <summary>Hierarchy paths the goal covers; empty for the whole bank.</summary>
    /// <example>["driving"]</example>
    public IReadOnlyList<string> Scope { get; init; } = [];
    /// <summary>The day of the exam in my calendar (after today, within two years): plans study up to the day before.</summary>
    /// <example>2027-03-01</example>
    public DateOnly? TargetDate { get; init; }
    /// <summary>Recall probability to plan reviews for, 0.7-0.97.</summary>
    /// <example>0.9</example>
    public double? DesiredRetention { get; init; } = 0.9;
    /// <summary>Weekdays I study; every day when left out.</summary>
    /// <example>["monday", "wednesday", "friday", "saturday"]</example>
    public IReadOnlyList<DayOfWeek>? StudyDays { get; init; }
    /// <summary>Minutes I can give a study day, 1-600.</summary>
    /// <example>30</example>
    public int? MinutesPerDay { get; init; } = 20;
}
