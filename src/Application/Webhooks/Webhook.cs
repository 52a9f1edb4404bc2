namespace AdaptiveLearning.Application.Webhooks;

/// <summary>An integrator's endpoint that receives signed events.</summary>
/// <param name="EventTypes">The event types it receives.</param>
/// <param name="Active">False: nothing is delivered (switched off by its owner, or after <c>consecutiveFailures</c> reached the limit).</param>
/// <param name="DisabledReason">Why it was switched off, when it was not its owner.</param>
/// <param name="ConsecutiveFailures">Failed delivery attempts since the last success.</param>
/// <param name="OwnerId">The admin or service account that created it.</param>
public sealed record Webhook(
    Guid Id,
    string Url,
    string? Description,
    IReadOnlyList<string> EventTypes,
    bool Active,
    string? DisabledReason,
    int ConsecutiveFailures,
    Guid OwnerId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
