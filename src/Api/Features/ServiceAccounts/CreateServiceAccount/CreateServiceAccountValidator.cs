using AdaptiveLearning.Api.Validation;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.ServiceAccounts.CreateServiceAccount;

internal sealed class CreateServiceAccountValidator : Validator<CreateServiceAccountRequest>
{
    public CreateServiceAccountValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100).NoControlCharacters();
        RuleFor(r => r.Description).MaximumLength(500).NoControlCharacters();
        RuleFor(r => r.Scopes).NotEmpty();
        RuleForEach(r => r.Scopes).IsInEnum();
    }
}
