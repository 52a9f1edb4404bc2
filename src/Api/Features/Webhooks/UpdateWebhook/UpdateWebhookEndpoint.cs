using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Webhooks;
using AdaptiveLearning.Application.Webhooks.UpdateWebhook;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Webhooks.UpdateWebhook;

internal sealed class UpdateWebhookEndpoint(IHandler<UpdateWebhookCommand, Webhook> handler) : Endpoint<UpdateWebhookRequest, Webhook>
{
    public override void Configure()
    {
        Patch(UpdateWebhookRequest.Route);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Webhooks"));
        Summary(s => s.Summary = "Change a webhook's URL, description or event types, or switch it off and on");
        Description(x => x.Produces<Webhook>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(422), clearDefaults: true);
    }

    public override async Task HandleAsync(UpdateWebhookRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(
            new UpdateWebhookCommand(WebhookCallers.Of(HttpContext), req.Id, req.Url, req.Description, req.EventTypes, req.Active), ct), ct);
}
