using AdaptiveLearning.Domain.Common;
using FluentValidation;

namespace AdaptiveLearning.Api.Validation;

internal static class TextRules
{
    public const string Message = "Must not contain control characters.";

    /// <summary>Refuses NUL and other control characters (line breaks and tabs are fine); question content gets the same check in ContentRules.</summary>
    public static IRuleBuilderOptions<T, string?> NoControlCharacters<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(text => !ControlCharacters.In(text)).WithMessage(Message);
}
