using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Admin;
using AdaptiveLearning.Application.Admin.UpdateUser;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Users;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Admin.UpdateUser;

internal sealed class UpdateUserEndpoint(IHandler<UpdateUserCommand, ManagedUser> handler) : Endpoint<UpdateUserRequest, ManagedUser>
{
    public override void Configure()
    {
        Patch(UpdateUserRequest.Route);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Admin"));
        Summary(s => s.Summary = "Change an account's role or deactivate / reactivate it; its tokens are revoked at once (admins; 409 last_admin)");
        Description(x => x.Produces<ManagedUser>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409).ProducesProblem(422),
            clearDefaults: true);
    }

    public override async Task HandleAsync(UpdateUserRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new UpdateUserCommand(User.UserId(), req.Id, EnumRule.ParseOrNull<Role>(req.Role), req.Active,
            HttpContext.Connection.RemoteIpAddress?.ToString()), ct), ct);
}
