using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Goals.CreateGoal;

internal sealed class CreateGoalValidator : Validator<CreateGoalRequest>
{
    public CreateGoalValidator()
    {
        GoalFieldRules.Name(RuleFor(r => r.Name));
        RuleFor(r => r.Scope).NotNull();
        GoalFieldRules.Scope(RuleFor(r => r.Scope));
        RuleFor(r => r.TargetDate).NotNull();
        GoalFieldRules.DesiredRetention(RuleFor(r => r.DesiredRetention).NotNull());
        GoalFieldRules.StudyDays(RuleFor(r => r.StudyDays));
        GoalFieldRules.MinutesPerDay(RuleFor(r => r.MinutesPerDay).NotNull());
    }
}
