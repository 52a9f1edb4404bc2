using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Webhooks;
using AdaptiveLearning.Application.Webhooks.GetWebhook;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Webhooks.GetWebhook;

internal sealed class GetWebhookEndpoint(IHandler<GetWebhookQuery, Webhook> handler) : Endpoint<WebhookRequest, Webhook>
{
    public override void Configure()
    {
        Get(WebhookRequest.Route);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Webhooks"));
        Summary(s => s.Summary = "One webhook with its state and failure count (never its secret)");
        Description(x => x.Produces<Webhook>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(WebhookRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetWebhookQuery(WebhookCallers.Of(HttpContext), req.Id), ct), ct);
}
