namespace AdaptiveLearning.Api.Features.Webhooks.CreateWebhook;

public sealed class CreateWebhookRequest
{
    public const string Route = WebhookRequest.Collection;

    /// <summary>Where events are POSTed: https, on a public address (loopback, private and link-local targets are refused).</summary>
    public string Url { get; init; } = "";
    /// <summary>What receives them, for the admins who come after you.</summary>
    public string? Description { get; init; }
    /// <summary>The event types to receive: answer.recorded, session.ended, question.published, import.finished, webhook.disabled, badge.earned.</summary>
    public IReadOnlyList<string> EventTypes { get; init; } = [];
}
