using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Auth.ConfirmPasswordReset;

internal sealed class ConfirmPasswordResetValidator : Validator<ConfirmPasswordResetRequest>
{
    public ConfirmPasswordResetValidator()
    {
        RuleFor(r => r.Token).NotEmpty().MaximumLength(200);
        RuleFor(r => r.NewPassword).NotEmpty().MaximumLength(256);
    }
}
