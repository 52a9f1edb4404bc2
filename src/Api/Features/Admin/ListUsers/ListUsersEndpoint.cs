using AdaptiveLearning.Application.Admin;
using AdaptiveLearning.Application.Admin.ListUsers;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Users;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Admin.ListUsers;

internal sealed class ListUsersEndpoint(IHandler<ListUsersQuery, ManagedUserPage> handler) : Endpoint<ListUsersRequest, ManagedUserPage>
{
    public override void Configure()
    {
        Get(ListUsersRequest.Route);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Admin"));
        Summary(s => s.Summary = "Search accounts by email, username or display name, filter by role and activity, a page at a time (admins)");
        Description(x => x.Produces<ManagedUserPage>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403), clearDefaults: true);
    }

    public override async Task HandleAsync(ListUsersRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(
            new ListUsersQuery(req.Q, EnumRule.ParseOrNull<Role>(req.Role), req.Active, req.Cursor, req.Limit), ct), ct);
}
