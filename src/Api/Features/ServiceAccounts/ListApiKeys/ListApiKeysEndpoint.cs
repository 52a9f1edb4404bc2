using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.ServiceAccounts;
using AdaptiveLearning.Application.ServiceAccounts.ListApiKeys;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.ServiceAccounts.ListApiKeys;

internal sealed class ListApiKeysEndpoint(IHandler<ListApiKeysQuery, ApiKeyList> handler) : Endpoint<ServiceAccountRequest, ApiKeyList>
{
    public override void Configure()
    {
        Get(ApiKeyRequest.Collection);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("ServiceAccounts"));
        Summary(s => s.Summary = "A service account's keys, newest first: prefix, scopes, created, expires, last used and state, never the secret (admins)");
        Description(x => x.Produces<ApiKeyList>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(ServiceAccountRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new ListApiKeysQuery(req.Id), ct), ct);
}
