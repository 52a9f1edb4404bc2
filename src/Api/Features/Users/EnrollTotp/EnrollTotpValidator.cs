using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Users.EnrollTotp;

internal sealed class EnrollTotpValidator : Validator<EnrollTotpRequest>
{
    public EnrollTotpValidator() => RuleFor(r => r.Password).NotEmpty().MaximumLength(256);
}
