using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Auth.LoginMfa;

internal sealed class LoginMfaValidator : Validator<LoginMfaRequest>
{
    public LoginMfaValidator()
    {
        RuleFor(r => r.Challenge).NotEmpty().MaximumLength(200);
        SecondFactorRules.Add(this);
    }
}
