namespace AdaptiveLearning.Application.Users.GetReviewLog;

/// <summary>One review in the layout FSRS tools read (srs-benchmark: card_id, review_rating, review_time, review_duration).</summary>
public sealed record ReviewLogEntry(long CardId, int Rating, DateTimeOffset ReviewTime, int DurationMs);
