using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Users.ConfirmTotp;

internal sealed class ConfirmTotpValidator : Validator<ConfirmTotpRequest>
{
    public ConfirmTotpValidator() => RuleFor(r => r.Code).NotEmpty().Matches("^[0-9]{6}$").WithMessage("Enter the 6 digits your authenticator shows.");
}
