using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Auth.VerifyEmail;

internal sealed class VerifyEmailValidator : Validator<VerifyEmailRequest>
{
    public VerifyEmailValidator() => RuleFor(r => r.Token).NotEmpty().MaximumLength(200);
}
