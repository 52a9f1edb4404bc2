using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.ServiceAccounts;
using AdaptiveLearning.Application.ServiceAccounts.RotateApiKey;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.ServiceAccounts.RotateApiKey;

internal sealed class RotateApiKeyEndpoint(IHandler<RotateApiKeyCommand, IssuedApiKey> handler) : Endpoint<RotateApiKeyRequest, IssuedApiKey>
{
    public override void Configure()
    {
        Post(RotateApiKeyRequest.Route);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("ServiceAccounts"));
        Summary(s => s.Summary = "Rotate an API key: a new key (shown once) with the same name and scopes; the old one works until the grace period ends " +
                                 "(admins; 422 invalid_transition for a revoked, expired or already rotated key)");
        Description(x => x.Produces<IssuedApiKey>(201).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404)
            .ProducesProblem(409).ProducesProblem(422), clearDefaults: true);
    }

    public override async Task HandleAsync(RotateApiKeyRequest req, CancellationToken ct)
    {
        var issued = await handler.HandleAsync(
            new RotateApiKeyCommand(User.UserId(), req.Id, req.KeyId, req.ExpiresAt, req.GraceMinutes, AdminClient.Of(HttpContext)), ct);
        // The only response that ever holds the secret: never cacheable, whatever prefix rules SecurityHeaders applies.
        HttpContext.Response.Headers.CacheControl = "no-store";
        await Send.ResponseAsync(issued, 201, ct);
    }
}
