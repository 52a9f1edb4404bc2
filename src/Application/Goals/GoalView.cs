using AdaptiveLearning.Domain.Goals;

namespace AdaptiveLearning.Application.Goals;

/// <param name="Scope">Hierarchy paths the goal covers; empty for the whole bank.</param>
/// <param name="TargetDate">The day of the exam, in the learner's calendar: the plan studies up to the day before.</param>
/// <param name="DesiredRetention">Recall probability the plan schedules reviews for.</param>
/// <param name="StudyDays">Weekdays the learner studies.</param>
/// <param name="MinutesPerDay">Time the learner can give a study day.</param>
public sealed record GoalView(
    Guid Id,
    string Name,
    IReadOnlyList<string> Scope,
    DateOnly TargetDate,
    double DesiredRetention,
    IReadOnlyList<DayOfWeek> StudyDays,
    int MinutesPerDay,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static GoalView From(StudyGoal goal) => new(goal.Id, goal.Name, goal.Scope, goal.TargetDate, goal.DesiredRetention,
        goal.StudyDays.Order().ToList(), goal.MinutesPerDay, goal.CreatedAt, goal.UpdatedAt);
}
