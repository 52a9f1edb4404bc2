using AdaptiveLearning.Application.Questions.ChangeQuestionStatus;
using AdaptiveLearning.Domain.Common;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Questions.ChangeQuestionStatus;

/// <summary>A reason a person types for the history: some words, within the column, no control characters.</summary>
internal static class ReviewReasonRules
{
    public static IRuleBuilderOptions<T, string?> ValidReason<T>(this IRuleBuilder<T, string?> rule) => rule
        .Must(r => r is null || !string.IsNullOrWhiteSpace(r)).WithMessage("Give a reason, not only spaces.")
        .MaximumLength(ChangeQuestionStatusCommand.MaxReasonLength)
        .Must(r => !ControlCharacters.In(r)).WithMessage("Control characters other than line breaks and tabs are not allowed.");
}
