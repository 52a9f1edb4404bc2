using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Auth.Login;

internal sealed class LoginValidator : Validator<LoginRequest>
{
    public LoginValidator()
    {
        RuleFor(r => r.Login).NotEmpty().MaximumLength(254);
        RuleFor(r => r.Password).NotEmpty().MaximumLength(256);
    }
}
