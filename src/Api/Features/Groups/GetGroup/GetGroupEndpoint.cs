using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Groups;
using AdaptiveLearning.Application.Groups.GetGroup;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Groups.GetGroup;

internal sealed class GetGroupEndpoint(IHandler<GetGroupQuery, GroupView> handler) : Endpoint<GroupRequest, GroupView>
{
    public override void Configure()
    {
        Get(GroupRequest.Route);
        Options(x => x.WithTags("Groups"));
        Summary(s => s.Summary = "One of my groups with its members (a group I am not in answers 404)");
        Description(x => x.Produces<GroupView>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(GroupRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetGroupQuery(User.UserId(), req.Id), ct), ct);
}
