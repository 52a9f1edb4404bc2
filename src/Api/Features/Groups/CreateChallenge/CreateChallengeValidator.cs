using AdaptiveLearning.Domain.Groups;
using AdaptiveLearning.Api.Features.Goals;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Groups.CreateChallenge;

internal sealed class CreateChallengeValidator : Validator<CreateChallengeRequest>
{
    public CreateChallengeValidator()
    {
        GroupFieldRules.Name(RuleFor(r => r.Name));
        RuleFor(r => r.Metric).NotNull().IsInEnum();
        RuleFor(r => r.Scope).NotNull();
        GoalFieldRules.Scope(RuleFor(r => r.Scope));
        RuleFor(r => r.StartsAt).NotNull();
        RuleFor(r => r.EndsAt).NotNull();
        RuleFor(r => r.EndsAt).GreaterThan(r => r.StartsAt).When(r => r.StartsAt is not null && r.EndsAt is not null);
        RuleFor(r => r.EndsAt).Must((r, end) => end - r.StartsAt <= TimeSpan.FromDays(GroupChallenge.MaxDays))
            .WithMessage($"A challenge lasts at most {GroupChallenge.MaxDays} days.").When(r => r.StartsAt is not null && r.EndsAt is not null);
    }
}
