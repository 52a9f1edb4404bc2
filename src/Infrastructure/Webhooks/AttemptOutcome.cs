namespace AdaptiveLearning.Infrastructure.Webhooks;

/// <summary>What one delivery attempt came to.</summary>
/// <param name="StatusCode">The receiver's status, when it answered.</param>
/// <param name="Error">Why it failed; null when delivered.</param>
internal sealed record AttemptOutcome(bool Delivered, int? StatusCode, int DurationMs, string? Error);
