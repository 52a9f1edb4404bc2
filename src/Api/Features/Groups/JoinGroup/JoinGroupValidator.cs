using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Groups.JoinGroup;

internal sealed class JoinGroupValidator : Validator<JoinGroupRequest>
{
    public JoinGroupValidator() => RuleFor(r => r.InviteCode).NotEmpty().MaximumLength(32);
}
