using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Auth.External.CompleteExternalSignIn;

internal sealed class CompleteExternalSignInValidator : Validator<CompleteExternalSignInRequest>
{
    public CompleteExternalSignInValidator()
    {
        RuleFor(r => r.Provider).NotEmpty().MaximumLength(64);
        RuleFor(r => r.Code).MaximumLength(4096);
        RuleFor(r => r.State).MaximumLength(128);
        RuleFor(r => r.Error).MaximumLength(256);
    }
}
