using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.ServiceAccounts;
using AdaptiveLearning.Application.ServiceAccounts.CreateApiKey;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.ServiceAccounts.CreateApiKey;

internal sealed class CreateApiKeyEndpoint(IHandler<CreateApiKeyCommand, IssuedApiKey> handler) : Endpoint<CreateApiKeyRequest, IssuedApiKey>
{
    public override void Configure()
    {
        Post(CreateApiKeyRequest.Route);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("ServiceAccounts"));
        Summary(s => s.Summary = "Issue an API key for a service account; the key is in this response only, never again (admins)");
        Description(x => x.Produces<IssuedApiKey>(201).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409),
            clearDefaults: true);
    }

    public override async Task HandleAsync(CreateApiKeyRequest req, CancellationToken ct)
    {
        var issued = await handler.HandleAsync(
            new CreateApiKeyCommand(User.UserId(), req.Id, req.Name, req.Scopes, req.ExpiresAt!.Value, AdminClient.Of(HttpContext)), ct);
        // The only response that ever holds the secret: never cacheable, whatever prefix rules SecurityHeaders applies.
        HttpContext.Response.Headers.CacheControl = "no-store";
        await Send.ResponseAsync(issued, 201, ct);
    }
}
