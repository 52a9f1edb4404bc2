using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Auth.External.ExchangeExternalCode;

internal sealed class ExchangeExternalCodeValidator : Validator<ExchangeExternalCodeRequest>
{
    public ExchangeExternalCodeValidator()
    {
        RuleFor(r => r.Code).NotEmpty().MaximumLength(128);
        // RFC 7636: 43-128 characters of [A-Z a-z 0-9 - . _ ~].
        RuleFor(r => r.CodeVerifier).NotEmpty().Matches("^[A-Za-z0-9._~-]{43,128}$")
            .WithMessage("Use 43-128 characters of letters, digits, '-', '.', '_' or '~'.");
    }
}
