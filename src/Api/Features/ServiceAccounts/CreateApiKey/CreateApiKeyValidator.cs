using AdaptiveLearning.Api.Validation;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.ServiceAccounts.CreateApiKey;

internal sealed class CreateApiKeyValidator : Validator<CreateApiKeyRequest>
{
    public CreateApiKeyValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(100).NoControlCharacters();
        RuleFor(r => r.Scopes).Must(s => s is null || s.Count > 0).WithMessage("Leave scopes out for all of the account's, or name at least one.");
        RuleForEach(r => r.Scopes).IsInEnum();
        RuleFor(r => r.ExpiresAt).NotNull();
    }
}
