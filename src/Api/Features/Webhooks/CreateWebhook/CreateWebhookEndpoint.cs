using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Webhooks;
using AdaptiveLearning.Application.Webhooks.CreateWebhook;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Webhooks.CreateWebhook;

internal sealed class CreateWebhookEndpoint(IHandler<CreateWebhookCommand, CreatedWebhook> handler) : Endpoint<CreateWebhookRequest, CreatedWebhook>
{
    public override void Configure()
    {
        Post(CreateWebhookRequest.Route);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Webhooks"));
        Summary(s =>
        {
            s.Summary = "Register a webhook that receives signed events (admins; service accounts with the webhooks scope)";
            s.Description = "The response carries the signing secret once. Deliveries are POSTs of a CloudEvents JSON body with Webhook-Id, "
                + "Webhook-Timestamp and Webhook-Signature (v1=hex HMAC-SHA256 of \"{timestamp}.{body}\"); see ADR 0021 for verification.";
        });
        Description(x => x.Produces<CreatedWebhook>(201).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(422), clearDefaults: true);
    }

    public override async Task HandleAsync(CreateWebhookRequest req, CancellationToken ct)
    {
        var created = await handler.HandleAsync(new CreateWebhookCommand(WebhookCallers.Of(HttpContext), req.Url, req.Description, req.EventTypes), ct);
        LocationHeader.Set(HttpContext, WebhookRequest.For(created.Webhook.Id));
        await Send.ResponseAsync(created, 201, ct);
    }
}
