using AdaptiveLearning.Domain.Engagement;

namespace AdaptiveLearning.Application.Engagement;

/// <summary>A row to append to the points ledger.</summary>
/// <param name="SourceKey">Unique per learner: a second row with the same key is never stored (idempotent awards).</param>
/// <param name="Answers">+1 for a recorded answer, 0 for a bonus; undo writes the negation.</param>
/// <param name="LocalDay">The learner's day the row belongs to, in the time zone and day start of the moment it was earned.</param>
public sealed record PointsEntry(
    PointsSource Source,
    string SourceKey,
    string? AttemptClientId,
    Guid? SessionId,
    int Points,
    int Answers,
    DateOnly LocalDay,
    DateTimeOffset OccurredAt)
{
    public static string DayKey(DateOnly day) => "day:" + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
