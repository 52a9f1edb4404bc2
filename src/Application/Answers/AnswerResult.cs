using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Answers;

/// <summary>
/// What the learner learns from an answer. A mock test hides everything that would give the
/// answer away (correctness, explanations, rating, the new card state) until it ends.
/// </summary>
/// <param name="Duplicate">True when this clientAttemptId was recorded before: this is the first result, not counted again.</param>
/// <param name="AttemptId">The stored attempt.</param>
/// <param name="ClientAttemptId">The id the client chose; sending it again returns this result.</param>
/// <param name="QuestionId">The question answered.</param>
/// <param name="QuestionVersion">The version the learner saw; history keeps pointing at it.</param>
/// <param name="FeedbackHidden">True in a running mock test: correctness, explanations and the schedule come when it ends.</param>
/// <param name="Correct">Whether the answer was right; null while feedback is hidden.</param>
/// <param name="CorrectKeys">The right option keys.</param>
/// <param name="Explanation">Why the right answer is right.</param>
/// <param name="OptionExplanations">Why each option is right or wrong, where the author wrote it.</param>
/// <param name="ModelAnswer">The reference answer of a theory or open scenario question.</param>
/// <param name="MatchedKeywords">Rubric keywords found in the answer text.</param>
/// <param name="Grading">How the answer was graded: options, rubric or the learner's self-rating.</param>
/// <param name="Rating">The rating the scheduler used: the learner's own, or one derived from correctness and time.</param>
/// <param name="RatingDerived">True when the server derived the rating.</param>
/// <param name="NextDue">When the question comes up again.</param>
/// <param name="Card">The learner's card for the question after this answer.</param>
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
