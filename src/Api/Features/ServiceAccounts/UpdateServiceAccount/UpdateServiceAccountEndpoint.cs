using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.ServiceAccounts;
using AdaptiveLearning.Application.ServiceAccounts.UpdateServiceAccount;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.ServiceAccounts.UpdateServiceAccount;

internal sealed class UpdateServiceAccountEndpoint(IHandler<UpdateServiceAccountCommand, ServiceAccount> handler)
    : Endpoint<UpdateServiceAccountRequest, ServiceAccount>
{
    public override void Configure()
    {
        Patch(UpdateServiceAccountRequest.Route);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("ServiceAccounts"));
        Summary(s => s.Summary = "Rename, describe, deactivate or reactivate a service account; deactivation refuses its keys at once (admins)");
        Description(x => x.Produces<ServiceAccount>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(UpdateServiceAccountRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(
            new UpdateServiceAccountCommand(User.UserId(), req.Id, req.Name, req.Description, req.Active, AdminClient.Of(HttpContext)), ct), ct);
}
