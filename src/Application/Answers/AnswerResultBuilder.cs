using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Content;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Answers;

internal static class AnswerResultBuilder
{
    public static AnswerResult Build(Attempt attempt, QuestionContent? content, bool duplicate, bool hideFeedback,
        LearnerSchedule schedule, DateTimeOffset now)
    {
        if (hideFeedback)
            return new AnswerResult(attempt.Id, attempt.ClientAttemptId, attempt.QuestionId, attempt.QuestionVersion, duplicate,
                FeedbackHidden: true, null, null, null, null, null, null, attempt.Grading, null, attempt.RatingDerived, null, null);

        var explanations = content?.Options.Where(o => o.Explanation is not null)
            .Select(o => new OptionExplanation(o.Key, o.Explanation!)).ToList();
        return new AnswerResult(attempt.Id, attempt.ClientAttemptId, attempt.QuestionId, attempt.QuestionVersion, duplicate,
            FeedbackHidden: false,
            attempt.Correct,
            content?.CorrectKeys,
            content?.Explanation,
            explanations is { Count: > 0 } ? explanations : null,
            content?.ModelAnswer,
            attempt.Grading == GradingMethod.Rubric ? RubricMatches(content, attempt.Text) : null,
            attempt.Grading,
            attempt.Rating,
            attempt.RatingDerived,
            attempt.After.Memory.Due,
            CardView.From(attempt.CardId, attempt.QuestionId, attempt.After, schedule, now));
    }

    private static IReadOnlyList<string>? RubricMatches(QuestionContent? content, string? text) =>
        content is null || text is null ? null : AnswerGrader.Grade(content, null, text, null).MatchedKeywords;
}
