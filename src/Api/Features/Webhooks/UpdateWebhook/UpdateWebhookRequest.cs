namespace AdaptiveLearning.Api.Features.Webhooks.UpdateWebhook;

/// <summary>Send any of the fields; one left out stays as it is.</summary>
public sealed class UpdateWebhookRequest
{
    public const string Route = WebhookRequest.Route;

    public Guid Id { get; init; }
    /// <summary>A new target URL (checked like a new webhook's).</summary>
    public string? Url { get; init; }
    /// <summary>A new description.</summary>
    public string? Description { get; init; }
    /// <summary>The new set of event types.</summary>
    public IReadOnlyList<string>? EventTypes { get; init; }
    /// <summary>False switches deliveries off; true switches them back on and clears the failure count (pending deliveries then go out).</summary>
    public bool? Active { get; init; }
}
