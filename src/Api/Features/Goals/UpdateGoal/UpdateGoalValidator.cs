using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Goals.UpdateGoal;

internal sealed class UpdateGoalValidator : Validator<UpdateGoalRequest>
{
    public UpdateGoalValidator()
    {
        When(r => r.Name is not null, () => GoalFieldRules.Name(RuleFor(r => r.Name)));
        GoalFieldRules.Scope(RuleFor(r => r.Scope));
        GoalFieldRules.DesiredRetention(RuleFor(r => r.DesiredRetention));
        GoalFieldRules.StudyDays(RuleFor(r => r.StudyDays));
        GoalFieldRules.MinutesPerDay(RuleFor(r => r.MinutesPerDay));
    }
}
