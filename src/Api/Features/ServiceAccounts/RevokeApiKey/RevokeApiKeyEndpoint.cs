using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.ServiceAccounts;
using AdaptiveLearning.Application.ServiceAccounts.RevokeApiKey;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.ServiceAccounts.RevokeApiKey;

internal sealed class RevokeApiKeyEndpoint(IHandler<RevokeApiKeyCommand, ApiKeyView> handler) : Endpoint<ApiKeyRequest, ApiKeyView>
{
    public const string Action = "/revoke";

    public override void Configure()
    {
        Post(ApiKeyRequest.Route + Action);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("ServiceAccounts"));
        Summary(s => s.Summary = "Revoke an API key: every call with it is refused at once, on every instance (admins; idempotent)");
        Description(x => x.Produces<ApiKeyView>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(ApiKeyRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new RevokeApiKeyCommand(User.UserId(), req.Id, req.KeyId, AdminClient.Of(HttpContext)), ct), ct);
}
