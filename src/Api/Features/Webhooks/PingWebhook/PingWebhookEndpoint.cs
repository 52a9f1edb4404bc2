using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Webhooks;
using AdaptiveLearning.Application.Webhooks.PingWebhook;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Webhooks.PingWebhook;

internal sealed class PingWebhookEndpoint(IHandler<PingWebhookCommand, WebhookPing> handler) : Endpoint<PingWebhookRequest, WebhookPing>
{
    public override void Configure()
    {
        Post(PingWebhookRequest.Route);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Webhooks"));
        Summary(s =>
        {
            s.Summary = "Send a signed webhook.ping event to this webhook only, to test the receiver";
            s.Description = "Answers 202 with the event id; the delivery and its response code appear in the webhook's delivery log.";
        });
        Description(x => x.Produces<WebhookPing>(202).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(PingWebhookRequest req, CancellationToken ct) =>
        await Send.ResponseAsync(await handler.HandleAsync(new PingWebhookCommand(WebhookCallers.Of(HttpContext), req.Id), ct), 202, ct);
}
