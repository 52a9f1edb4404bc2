using AdaptiveLearning.Api.Features.Auth;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Users.DisableTotp;

internal sealed class DisableTotpValidator : Validator<DisableTotpRequest>
{
    public DisableTotpValidator()
    {
        RuleFor(r => r.Password).NotEmpty().MaximumLength(256);
        SecondFactorRules.Add(this);
    }
}
