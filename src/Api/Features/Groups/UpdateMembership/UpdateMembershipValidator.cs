using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Groups.UpdateMembership;

internal sealed class UpdateMembershipValidator : Validator<UpdateMembershipRequest>
{
    public UpdateMembershipValidator() => RuleFor(r => r.SharesProgress).NotNull();
}
