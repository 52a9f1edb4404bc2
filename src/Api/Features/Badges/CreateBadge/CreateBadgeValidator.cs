using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Badges.CreateBadge;

internal sealed class CreateBadgeValidator : Validator<CreateBadgeRequest>
{
    public CreateBadgeValidator()
    {
        BadgeFieldRules.Key(RuleFor(r => r.Key));
        BadgeFieldRules.Text(RuleFor(r => r.Name).NotNull(), 100);
        BadgeFieldRules.Text(RuleFor(r => r.Description).NotNull(), 500);
        BadgeFieldRules.Text(RuleFor(r => r.Icon).NotNull(), 200);
        BadgeFieldRules.Text(RuleFor(r => r.Category).NotNull(), 32);
        BadgeFieldRules.Rarity(RuleFor(r => r.Rarity).NotNull());
        RuleFor(r => r.Criteria).NotNull();
        RuleFor(r => r.Criteria!.Metric).NotEmpty().OverridePropertyName("criteria.metric").When(r => r.Criteria is not null);
        RuleFor(r => r.Criteria!.Threshold).NotNull().OverridePropertyName("criteria.threshold").When(r => r.Criteria is not null);
        BadgeFieldRules.Criteria(this, r => r.Criteria);
    }
}
