using AdaptiveLearning.Api.Validation;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Auth.Register;

internal sealed class RegisterValidator : Validator<RegisterRequest>
{
    public RegisterValidator()
    {
        RuleFor(r => r.Email).NotEmpty().MaximumLength(254).EmailAddress().NoControlCharacters();
        RuleFor(r => r.Username).NotEmpty().Length(3, 64).Matches("^[A-Za-z0-9_.-]+$")
            .WithMessage("Use 3-64 letters, digits, '.', '_' or '-'.");
        RuleFor(r => r.Password).NotEmpty().MaximumLength(256);
        RuleFor(r => r.DisplayName).MaximumLength(100).NoControlCharacters();
    }
}
