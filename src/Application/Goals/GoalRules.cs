using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Domain.Goals;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Goals;

/// <summary>What a goal must satisfy whether it is created or changed; the wire-level limits are the validator's.</summary>
internal sealed class GoalRules(IGoalScopeQueries scopes, IClock clock)
{
    public static IReadOnlyList<string> NormalisedScope(IReadOnlyList<string> scope) =>
        scope.Select(p => HierarchyPath.TryParse(p, out var path)
            ? path.ToString()
            : throw ProblemException.Field("scope", $"'{p}' is not a hierarchy path.")).Distinct().ToList();

    public async Task CheckAsync(User learner, StudyGoal goal, CancellationToken ct)
    {
        var calendar = LearnerSchedule.For(learner).Calendar;
        var today = DateOnly.FromDayNumber(calendar.DayNumber(clock.UtcNow));
        if (goal.TargetDate <= today)
            throw ProblemException.Field("targetDate", $"The target date must be after today ({today:yyyy-MM-dd} in your time zone).");
        if (goal.TargetDate > today.AddDays(StudyGoal.MaxHorizonDays))
            throw ProblemException.Field("targetDate", $"The target date must be within {StudyGoal.MaxHorizonDays} days.");
        if (await scopes.PublishedCountAsync(goal.Scope, ct) == 0)
            throw new ProblemException(Problems.NothingToStudy, "The goal's scope holds no published questions.");
    }
}
