using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Groups;
using AdaptiveLearning.Application.Groups.ReplaceInviteCode;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Groups.ReplaceInviteCode;

internal sealed class ReplaceInviteCodeEndpoint(IHandler<ReplaceInviteCodeCommand, GroupView> handler) : Endpoint<GroupRequest, GroupView>
{
    public override void Configure()
    {
        Post(GroupRequest.InviteCodeRoute);
        Options(x => x.WithTags("Groups"));
        Summary(s => s.Summary = "Replace my group's invite code: the old one stops working at once (owner only)");
        Description(x => x.Produces<GroupView>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(GroupRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new ReplaceInviteCodeCommand(User.UserId(), req.Id), ct), ct);
}
