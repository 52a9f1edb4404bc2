using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Webhooks;
using AdaptiveLearning.Application.Webhooks.ListWebhookDeliveries;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Webhooks.ListWebhookDeliveries;

internal sealed class ListWebhookDeliveriesEndpoint(IHandler<ListWebhookDeliveriesQuery, WebhookDeliveryPage> handler)
    : Endpoint<ListWebhookDeliveriesRequest, WebhookDeliveryPage>
{
    public override void Configure()
    {
        Get(ListWebhookDeliveriesRequest.Route);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Webhooks"));
        Summary(s => s.Summary = "A webhook's delivery log, newest first: each event's state, attempts, and the latest response code, duration and error");
        Description(x => x.Produces<WebhookDeliveryPage>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(ListWebhookDeliveriesRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(
            new ListWebhookDeliveriesQuery(WebhookCallers.Of(HttpContext), req.Id, req.Cursor, req.Limit), ct), ct);
}
