namespace AdaptiveLearning.Api.Features.Users.GetReviewLog;

/// <summary>Column names exactly as in the CSV, so both formats read the same.</summary>
#pragma warning disable IDE1006
public sealed record ReviewLogRow(long card_id, int review_rating, string review_time, int review_duration);
#pragma warning restore IDE1006
