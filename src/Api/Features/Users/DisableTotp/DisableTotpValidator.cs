using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Users.DisableTotp;

internal sealed class DisableTotpValidator : Validator<DisableTotpRequest>
{
    public DisableTotpValidator()
    {
        RuleFor(r => r.Password).NotEmpty().MaximumLength(256);
        RuleFor(r => r.Code).NotEmpty().MaximumLength(64);
    }
}
