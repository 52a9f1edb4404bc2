using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Groups.RemoveGroupMember;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Groups.RemoveGroupMember;

internal sealed class RemoveGroupMemberEndpoint(IHandler<RemoveGroupMemberCommand, bool> handler) : Endpoint<GroupMemberRequest>
{
    public override void Configure()
    {
        Delete(GroupMemberRequest.Route);
        Options(x => x.WithTags("Groups"));
        Summary(s =>
        {
            s.Summary = "Leave a group (my own user id) or, as its owner, remove a member";
            s.Description = "The owner cannot leave (409 owner_cannot_leave: delete the group instead); a member removing someone else gets 403.";
        });
        Description(x => x.Produces(204).ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404).ProducesProblem(409),
            clearDefaults: true);
    }

    public override async Task HandleAsync(GroupMemberRequest req, CancellationToken ct)
    {
        await handler.HandleAsync(new RemoveGroupMemberCommand(User.UserId(), req.Id, req.UserId), ct);
        await Send.NoContentAsync(ct);
    }
}
