using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Answers;

/// <summary>
/// What the learner learns from an answer. A mock test hides everything that would give the
/// answer away (correctness, explanations, rating, the new card state) until it ends.
/// </summary>
/// <param name="Duplicate">True when this clientAttemptId was recorded before: this is the first result, not counted again.</param>
public sealed record AnswerResult(
    long AttemptId,
    string ClientAttemptId,
    long QuestionId,
    int QuestionVersion,
    bool Duplicate,
    bool FeedbackHidden,
    bool? Correct,
    IReadOnlyList<string>? CorrectKeys,
    string? Explanation,
    IReadOnlyList<OptionExplanation>? OptionExplanations,
    string? ModelAnswer,
    IReadOnlyList<string>? MatchedKeywords,
    GradingMethod Grading,
    Rating? Rating,
    bool RatingDerived,
    DateTimeOffset? NextDue,
    CardView? Card);
