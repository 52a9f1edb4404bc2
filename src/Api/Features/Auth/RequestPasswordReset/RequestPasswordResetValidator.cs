using AdaptiveLearning.Api.Validation;
using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Auth.RequestPasswordReset;

internal sealed class RequestPasswordResetValidator : Validator<RequestPasswordResetRequest>
{
    public RequestPasswordResetValidator() =>
        RuleFor(r => r.Email).NotEmpty().MaximumLength(254).EmailAddress().NoControlCharacters();
}
