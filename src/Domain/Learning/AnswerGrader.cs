using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Domain.Learning;

/// <summary>Grades an answer on the server, so a client can never claim a wrong answer was right.</summary>
public static class AnswerGrader
{
    /// <summary>What grading an answer to <paramref name="question"/> needs; the same decision <see cref="Grade"/> makes.</summary>
    public static GradingMode ModeOf(QuestionContent question) =>
        question.IsMultipleChoice ? GradingMode.Auto
        : question.RubricKeywords.Count > 0 ? GradingMode.Rubric
        : GradingMode.SelfRated;

    /// <exception cref="InvalidAnswerException">The answer does not fit the question.</exception>
    public static GradedAnswer Grade(QuestionContent question, IReadOnlyCollection<string>? selected, string? text, Rating? selfRating)
    {
        if (question.IsMultipleChoice)
            return GradeOptions(question, selected ?? []);
        if (question.RubricKeywords.Count > 0 && !string.IsNullOrWhiteSpace(text))
            return GradeRubric(question.RubricKeywords, text);
        if (selfRating is { } rating)
            return new GradedAnswer(rating != Rating.Again, GradingMethod.SelfRating, []);
        throw new InvalidAnswerException("rating", question.RubricKeywords.Count > 0
            ? "Give the answer text or your self-rating."
            : "This question is graded by your self-rating: give a rating.");
    }

    /// <summary>All and only the correct options: a partially right multiple-answer question counts as wrong.</summary>
    private static GradedAnswer GradeOptions(QuestionContent question, IReadOnlyCollection<string> selected)
    {
        if (selected.Count == 0)
            throw new InvalidAnswerException("selected", "Select at least one option.");
        if (selected.FirstOrDefault(key => question.Options.All(o => o.Key != key)) is { } unknown)
            throw new InvalidAnswerException("selected", $"'{unknown}' is not an option of this question.");
        var correct = selected.ToHashSet().SetEquals(question.CorrectKeys);
        return new GradedAnswer(correct, GradingMethod.Options, []);
    }

    /// <summary>Correct when at least half of the rubric's keywords appear in the answer.</summary>
    private static GradedAnswer GradeRubric(IReadOnlyList<string> keywords, string text)
    {
        var matched = keywords.Where(k => text.Contains(k.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        var correct = matched.Count * 2 >= keywords.Count;
        return new GradedAnswer(correct, GradingMethod.Rubric, matched);
    }
}
