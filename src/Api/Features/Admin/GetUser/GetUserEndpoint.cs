using AdaptiveLearning.Application.Admin;
using AdaptiveLearning.Application.Admin.GetUser;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Admin.GetUser;

internal sealed class GetUserEndpoint(IHandler<GetUserQuery, ManagedUser> handler) : Endpoint<AdminUserRequest, ManagedUser>
{
    public override void Configure()
    {
        Get(AdminUserRequest.Route);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Admin"));
        Summary(s => s.Summary = "One account with its role and activity (admins)");
        Description(x => x.Produces<ManagedUser>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(AdminUserRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetUserQuery(req.Id), ct), ct);
}
