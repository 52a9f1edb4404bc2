using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Webhooks;
using AdaptiveLearning.Application.Webhooks.ListWebhooks;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Webhooks.ListWebhooks;

internal sealed class ListWebhooksEndpoint(IHandler<ListWebhooksQuery, WebhookList> handler) : EndpointWithoutRequest<WebhookList>
{
    public override void Configure()
    {
        Get(WebhookRequest.Collection);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Webhooks"));
        Summary(s => s.Summary = "Webhooks, oldest first: every one for admins, its own for a service account");
        Description(x => x.Produces<WebhookList>().ProducesProblem(401).ProducesProblem(403), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new ListWebhooksQuery(WebhookCallers.Of(HttpContext)), ct), ct);
}
