using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Webhooks.DeleteWebhook;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Webhooks.DeleteWebhook;

internal sealed class DeleteWebhookEndpoint(IHandler<DeleteWebhookCommand, bool> handler) : Endpoint<WebhookRequest>
{
    public override void Configure()
    {
        Delete(WebhookRequest.Route);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Webhooks"));
        Summary(s => s.Summary = "Delete a webhook and its delivery log; nothing more is sent to it");
        Description(x => x.Produces(204).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(WebhookRequest req, CancellationToken ct)
    {
        await handler.HandleAsync(new DeleteWebhookCommand(WebhookCallers.Of(HttpContext), req.Id), ct);
        await Send.NoContentAsync(ct);
    }
}
