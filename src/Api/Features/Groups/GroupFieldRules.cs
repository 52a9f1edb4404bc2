using AdaptiveLearning.Api.Validation;
using AdaptiveLearning.Domain.Groups;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Groups;

internal static class GroupFieldRules
{
    public static void Name<T>(IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().Must(n => n is null || n.Trim().Length > 0).WithMessage("'Name' must not be blank.")
            .MaximumLength(StudyGroup.MaxNameLength).NoControlCharacters();
}
