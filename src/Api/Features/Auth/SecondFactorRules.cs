using AdaptiveLearning.Application.Auth;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Auth;

internal static class SecondFactorRules
{
    public static void Add<T>(AbstractValidator<T> validator) where T : ISecondFactorInput
    {
        validator.RuleFor(r => r.Code)
            .Must((r, code) => string.IsNullOrEmpty(code) != string.IsNullOrEmpty(r.RecoveryCode))
            .WithMessage("Give either code (from the authenticator) or recoveryCode, not both.");
        validator.RuleFor(r => r.Code).MaximumLength(16);
        validator.RuleFor(r => r.RecoveryCode).MaximumLength(64);
    }

    public static SecondFactorCode ToCode(this ISecondFactorInput input) => new(input.Code, input.RecoveryCode);
}
