using AdaptiveLearning.Api.Validation;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.ServiceAccounts.UpdateServiceAccount;

internal sealed class UpdateServiceAccountValidator : Validator<UpdateServiceAccountRequest>
{
    public UpdateServiceAccountValidator()
    {
        RuleFor(r => r.Name).Must(n => n is null || n.Trim().Length > 0).WithMessage("Must not be empty.").MaximumLength(100).NoControlCharacters();
        RuleFor(r => r.Description).MaximumLength(500).NoControlCharacters();
    }
}
