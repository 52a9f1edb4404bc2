using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Users.ChangePassword;

internal sealed class ChangePasswordValidator : Validator<ChangePasswordRequest>
{
    public ChangePasswordValidator()
    {
        RuleFor(r => r.CurrentPassword).NotEmpty().MaximumLength(256);
        RuleFor(r => r.NewPassword).NotEmpty().MaximumLength(256);
    }
}
