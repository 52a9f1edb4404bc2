using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Webhooks;
using AdaptiveLearning.Application.Webhooks.RedeliverWebhookDelivery;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Webhooks.RedeliverWebhookDelivery;

internal sealed class RedeliverWebhookDeliveryEndpoint(IHandler<RedeliverWebhookDeliveryCommand, WebhookDelivery> handler)
    : Endpoint<RedeliverWebhookDeliveryRequest, WebhookDelivery>
{
    public override void Configure()
    {
        Post(RedeliverWebhookDeliveryRequest.Route);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Webhooks"));
        Summary(s =>
        {
            s.Summary = "Send an event to a webhook again, with the same event id (Webhook-Id) and fresh attempts";
            s.Description = "Answers 202: the delivery is queued and goes out within a second or so (after any earlier event of the same subject).";
        });
        Description(x => x.Produces<WebhookDelivery>(202).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(RedeliverWebhookDeliveryRequest req, CancellationToken ct) =>
        await Send.ResponseAsync(await handler.HandleAsync(
            new RedeliverWebhookDeliveryCommand(WebhookCallers.Of(HttpContext), req.Id, req.DeliveryId), ct), 202, ct);
}
