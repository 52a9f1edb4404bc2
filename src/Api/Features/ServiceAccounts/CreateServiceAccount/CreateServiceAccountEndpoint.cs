using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.ServiceAccounts;
using AdaptiveLearning.Application.ServiceAccounts.CreateServiceAccount;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.ServiceAccounts.CreateServiceAccount;

internal sealed class CreateServiceAccountEndpoint(IHandler<CreateServiceAccountCommand, ServiceAccount> handler)
    : Endpoint<CreateServiceAccountRequest, ServiceAccount>
{
    public override void Configure()
    {
        Post(CreateServiceAccountRequest.Route);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("ServiceAccounts"));
        Summary(s => s.Summary = "Create a service account for a server-to-server integration, with the scopes its API keys may hold (admins)");
        Description(x => x.Produces<ServiceAccount>(201).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403), clearDefaults: true);
    }

    public override async Task HandleAsync(CreateServiceAccountRequest req, CancellationToken ct)
    {
        var account = await handler.HandleAsync(new CreateServiceAccountCommand(User.UserId(), req.Name, req.Description, req.Scopes, AdminClient.Of(HttpContext)), ct);
        LocationHeader.Set(HttpContext, ServiceAccountRequest.For(account.Id));
        await Send.ResponseAsync(account, 201, ct);
    }
}
