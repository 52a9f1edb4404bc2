using FluentValidation;

namespace AdaptiveLearning.Api.Validation;

/// <summary>Text people type: line breaks and tabs are fine, NUL and other control characters never are.</summary>
internal static class TextRules
{
    public const string Message = "Must not contain control characters.";

    public static IRuleBuilderOptions<T, string?> NoControlCharacters<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => text is null || !text.Any(IsForbidden)).WithMessage(Message);

    public static bool IsForbidden(char c) => char.IsControl(c) && c is not ('\n' or '\r' or '\t');
}
