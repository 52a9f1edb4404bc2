using AdaptiveLearning.Api.Validation;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Auth.External.StartExternalSignIn;

internal sealed class StartExternalSignInValidator : Validator<StartExternalSignInRequest>
{
    public StartExternalSignInValidator()
    {
        RuleFor(r => r.Provider).NotEmpty().MaximumLength(64);
        RuleFor(r => r.ReturnUrl).NotEmpty().MaximumLength(2048).NoControlCharacters();
        // A SHA-256 in unpadded base64url is exactly 43 characters.
        RuleFor(r => r.CodeChallenge).NotEmpty().Matches("^[A-Za-z0-9_-]{43}$")
            .WithMessage("Send BASE64URL(SHA-256(verifier)) without padding (43 characters).");
    }
}
