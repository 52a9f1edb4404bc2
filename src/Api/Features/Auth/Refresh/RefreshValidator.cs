using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Auth.Refresh;

internal sealed class RefreshValidator : Validator<RefreshRequest>
{
    public RefreshValidator() => RuleFor(r => r.RefreshToken).NotEmpty().MaximumLength(200);
}
