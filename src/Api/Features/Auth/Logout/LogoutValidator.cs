using FastEndpoints;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Auth.Logout;

internal sealed class LogoutValidator : Validator<LogoutRequest>
{
    public LogoutValidator() => RuleFor(r => r.RefreshToken).NotEmpty().MaximumLength(200);
}
