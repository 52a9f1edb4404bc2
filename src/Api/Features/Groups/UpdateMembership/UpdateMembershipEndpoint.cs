using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Groups;
using AdaptiveLearning.Application.Groups.UpdateMembership;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Groups.UpdateMembership;

internal sealed class UpdateMembershipEndpoint(IHandler<UpdateMembershipCommand, GroupView> handler) : Endpoint<UpdateMembershipRequest, GroupView>
{
    public override void Configure()
    {
        Patch(UpdateMembershipRequest.Route);
        Options(x => x.WithTags("Groups"));
        Summary(s => s.Summary = "Choose whether the group's educating owner may see my progress");
        Description(x => x.Produces<GroupView>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(UpdateMembershipRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new UpdateMembershipCommand(User.UserId(), req.Id, req.SharesProgress!.Value), ct), ct);
}
