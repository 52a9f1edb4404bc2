namespace AdaptiveLearning.Api.Features.Webhooks;

/// <summary>Addresses one webhook.</summary>
public sealed class WebhookRequest
{
    public const string Collection = "/webhooks";
    public const string Route = Collection + "/{id}";

    public static string For(Guid id) => Route.Replace("{id}", id.ToString());

    /// <summary>The webhook's id.</summary>
    public Guid Id { get; init; }
}
