using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Badges.UpdateBadge;

internal sealed class UpdateBadgeValidator : Validator<UpdateBadgeRequest>
{
    public UpdateBadgeValidator()
    {
        BadgeFieldRules.Text(RuleFor(r => r.Name), 100);
        BadgeFieldRules.Text(RuleFor(r => r.Description), 500);
        BadgeFieldRules.Text(RuleFor(r => r.Icon), 200);
        BadgeFieldRules.Text(RuleFor(r => r.Category), 32);
        BadgeFieldRules.Rarity(RuleFor(r => r.Rarity));
        BadgeFieldRules.Criteria(this, r => r.Criteria);
    }
}
