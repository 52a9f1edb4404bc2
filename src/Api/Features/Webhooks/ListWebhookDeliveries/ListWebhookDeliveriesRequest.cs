using System.ComponentModel;
using AdaptiveLearning.Application.Webhooks.ListWebhookDeliveries;

namespace AdaptiveLearning.Api.Features.Webhooks.ListWebhookDeliveries;

public sealed class ListWebhookDeliveriesRequest
{
    public const string Route = WebhookRequest.Route + "/deliveries";

    public static string For(Guid id) => Route.Replace("{id}", id.ToString());

    /// <summary>The webhook's id.</summary>
    public Guid Id { get; init; }
    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }
    /// <summary>Page size.</summary>
    [DefaultValue(ListWebhookDeliveriesQuery.DefaultLimit)]
    public int? Limit { get; init; }
}
