using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.ServiceAccounts;
using AdaptiveLearning.Application.ServiceAccounts.ListServiceAccounts;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.ServiceAccounts.ListServiceAccounts;

internal sealed class ListServiceAccountsEndpoint(IHandler<ListServiceAccountsQuery, ServiceAccountList> handler) : EndpointWithoutRequest<ServiceAccountList>
{
    public override void Configure()
    {
        Get(ServiceAccountRequest.Collection);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("ServiceAccounts"));
        Summary(s => s.Summary = "Every service account, oldest first (admins)");
        Description(x => x.Produces<ServiceAccountList>().ProducesProblem(401).ProducesProblem(403), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new ListServiceAccountsQuery(), ct), ct);
}
