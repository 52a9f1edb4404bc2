using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Groups.DeleteGroup;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Groups.DeleteGroup;

internal sealed class DeleteGroupEndpoint(IHandler<DeleteGroupCommand, bool> handler) : Endpoint<GroupRequest>
{
    public override void Configure()
    {
        Delete(GroupRequest.Route);
        Options(x => x.WithTags("Groups"));
        Summary(s => s.Summary = "Delete my group with its memberships and challenges (owner only; members keep their points)");
        Description(x => x.Produces(204).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(GroupRequest req, CancellationToken ct)
    {
        await handler.HandleAsync(new DeleteGroupCommand(User.UserId(), req.Id), ct);
        await Send.NoContentAsync(ct);
    }
}
