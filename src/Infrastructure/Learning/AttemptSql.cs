using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Infrastructure.Learning;

/// <summary>Conditions on attempts (alias a) that several queries share, with values taken from the Domain.</summary>
internal static class AttemptSql
{
    /// <summary>The attempt still counts: the learner has not undone it.</summary>
    public const string NotUndone = "NOT EXISTS (SELECT 1 FROM attempt_undos u WHERE u.attempt_id = a.id)";

    /// <summary>
    /// The answer belongs to a running mock test (needs <c>learning_sessions s</c> joined on <c>a.session_id</c>): it shows
    /// no correctness yet, so it is neither graded nor correct.
    /// </summary>
    public static readonly string FeedbackHidden =
        $"COALESCE(s.mode = '{WireNames.Of(SessionMode.MockTest)}' AND s.ended_at IS NULL, 0)";

    public static readonly string WasNew = $"a.state_before = {(int)CardState.New}";

    public static readonly string WasReview = $"a.state_before = {(int)CardState.Review}";

    /// <summary>The answer was a <see cref="Lapse"/>.</summary>
    public static readonly string WasLapse = $"(a.state_before = {(int)Lapse.FromState} AND a.rating = {(int)Lapse.WithRating})";
}
