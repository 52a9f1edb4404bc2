namespace AdaptiveLearning.Application.Engagement;

/// <param name="Week">From Monday of the current learner week (ISO).</param>
/// <param name="Month">From the first of the current learner month.</param>
public sealed record PointsPeriods(long Total, long Today, long Week, long Month);
