using AdaptiveLearning.Api.Validation;
using AdaptiveLearning.Domain.Common;
using FluentValidation;

namespace AdaptiveLearning.Api.Features.Answers;

/// <summary>The checks one answer's fields get, whether sent alone or in a batch.</summary>
internal static class AnswerFieldRules
{
    public const int MaxClientAttemptIdLength = 64;
    public const int MaxTimeSpentMs = 24 * 60 * 60 * 1000;

    public static void Apply<T>(AbstractValidator<T> v, Func<T, string> clientAttemptId, Func<T, long> questionId,
        Func<T, IReadOnlyList<string>?> selected, Func<T, string?> text, Func<T, int> timeSpentMs, Func<T, Rating?> rating)
    {
        v.RuleFor(r => clientAttemptId(r)).NotEmpty().MaximumLength(MaxClientAttemptIdLength).OverridePropertyName("clientAttemptId");
        v.RuleFor(r => questionId(r)).GreaterThan(0).OverridePropertyName("questionId");
        v.RuleFor(r => selected(r)).Must(s => s is null || (s.Count <= 16 && s.All(k => k is { Length: > 0 and <= 16 })))
            .WithMessage("Select at most 16 option keys of 1-16 characters.").OverridePropertyName("selected");
        v.RuleFor(r => text(r)).MaximumLength(10_000).NoControlCharacters().OverridePropertyName("text");
        v.RuleFor(r => timeSpentMs(r)).InclusiveBetween(0, MaxTimeSpentMs).OverridePropertyName("timeSpentMs");
        v.RuleFor(r => rating(r)).IsInEnum().OverridePropertyName("rating");
    }
}
