using AdaptiveLearning.Api.Validation;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Users.ChangeEmail;

internal sealed class ChangeEmailValidator : Validator<ChangeEmailRequest>
{
    public ChangeEmailValidator()
    {
        RuleFor(r => r.NewEmail).NotEmpty().MaximumLength(254).EmailAddress().NoControlCharacters();
        RuleFor(r => r.CurrentPassword).NotEmpty().MaximumLength(256);
    }
}
