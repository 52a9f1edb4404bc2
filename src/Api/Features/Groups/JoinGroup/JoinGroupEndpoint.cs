using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Groups;
using AdaptiveLearning.Application.Groups.JoinGroup;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Groups.JoinGroup;

internal sealed class JoinGroupEndpoint(IHandler<JoinGroupCommand, GroupView> handler) : Endpoint<JoinGroupRequest, GroupView>
{
    public override void Configure()
    {
        Post(JoinGroupRequest.Route);
        Options(x => x.WithTags("Groups"));
        Summary(s =>
        {
            s.Summary = "Join a group with its invite code (joining again just returns the group)";
            s.Description = "An unknown or replaced code answers 404 invalid_invite_code; a full group (50 members) 422 group_full.";
        });
        Description(x => x.Produces<GroupView>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(404).ProducesProblem(422), clearDefaults: true);
    }

    public override async Task HandleAsync(JoinGroupRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new JoinGroupCommand(User.UserId(), req.InviteCode), ct), ct);
}
