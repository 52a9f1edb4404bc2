using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Infrastructure.Learning;

/// <summary>Conditions on attempts (alias a) that several queries share, with values taken from the Domain.</summary>
internal static class AttemptSql
{
    /// <summary>The attempt still counts: the learner has not undone it.</summary>
    public const string NotUndone = "NOT EXISTS (SELECT 1 FROM attempt_undos u WHERE u.attempt_id = a.id)";

    public static readonly string WasNew = $"a.state_before = {(int)CardState.New}";

    public static readonly string WasReview = $"a.state_before = {(int)CardState.Review}";

    /// <summary>The answer was a <see cref="Lapse"/>.</summary>
    public static readonly string WasLapse = $"(a.state_before = {(int)Lapse.FromState} AND a.rating = {(int)Lapse.WithRating})";
}
