namespace AdaptiveLearning.Api.Features.Webhooks.PingWebhook;

public sealed class PingWebhookRequest
{
    public const string Route = WebhookRequest.Route + "/ping";

    public static string For(Guid id) => Route.Replace("{id}", id.ToString());

    /// <summary>The webhook's id.</summary>
    public Guid Id { get; init; }
}
