namespace AdaptiveLearning.Application.Progress.GetActivity;

/// <summary>My study activity over learner days (the time zone and day start of my profile).</summary>
/// <param name="From">First day of the range.</param>
/// <param name="To">Last day of the range, inclusive.</param>
/// <param name="Bucket">day, week or month.</param>
/// <param name="TimeZone">The IANA time zone the days are in.</param>
/// <param name="DayStartHour">The local hour at which each day begins.</param>
/// <param name="Node">The hierarchy path the report is limited to; null for everything.</param>
/// <param name="Totals">The whole range as one bucket.</param>
/// <param name="Buckets">One per day, week or month, oldest first.</param>
/// <param name="Days">Every day of the range, for a calendar heatmap.</param>
public sealed record ActivityReport(
    DateOnly From,
    DateOnly To,
    ActivityBucket Bucket,
    string TimeZone,
    int DayStartHour,
    string? Node,
    ActivityPeriod Totals,
    IReadOnlyList<ActivityPeriod> Buckets,
    IReadOnlyList<ActivityDay> Days);
