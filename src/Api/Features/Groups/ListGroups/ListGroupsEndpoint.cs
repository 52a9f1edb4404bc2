using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Groups;
using AdaptiveLearning.Application.Groups.ListGroups;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Groups.ListGroups;

internal sealed class ListGroupsEndpoint(IHandler<ListGroupsQuery, IReadOnlyList<GroupView>> handler) : EndpointWithoutRequest<IReadOnlyList<GroupView>>
{
    public const string Route = "/groups";

    public override void Configure()
    {
        Get(Route);
        Options(x => x.WithTags("Groups"));
        Summary(s => s.Summary = "The groups I belong to, newest first (without their members)");
        Description(x => x.Produces<IReadOnlyList<GroupView>>().ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new ListGroupsQuery(User.UserId()), ct), ct);
}
