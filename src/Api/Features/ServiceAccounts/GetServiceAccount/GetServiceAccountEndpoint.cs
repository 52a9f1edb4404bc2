using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.ServiceAccounts;
using AdaptiveLearning.Application.ServiceAccounts.GetServiceAccount;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.ServiceAccounts.GetServiceAccount;

internal sealed class GetServiceAccountEndpoint(IHandler<GetServiceAccountQuery, ServiceAccount> handler) : Endpoint<ServiceAccountRequest, ServiceAccount>
{
    public override void Configure()
    {
        Get(ServiceAccountRequest.Route);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("ServiceAccounts"));
        Summary(s => s.Summary = "One service account with its scopes and activity (admins)");
        Description(x => x.Produces<ServiceAccount>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(ServiceAccountRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetServiceAccountQuery(req.Id), ct), ct);
}
