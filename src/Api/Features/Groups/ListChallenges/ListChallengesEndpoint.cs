using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Groups;
using AdaptiveLearning.Application.Groups.ListChallenges;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Groups.ListChallenges;

internal sealed class ListChallengesEndpoint(IHandler<ListChallengesQuery, IReadOnlyList<ChallengeView>> handler)
    : Endpoint<GroupRequest, IReadOnlyList<ChallengeView>>
{
    public override void Configure()
    {
        Get(GroupRequest.ChallengesRoute);
        Options(x => x.WithTags("Groups"));
        Summary(s => s.Summary = "My group's challenges, latest start first (without their boards)");
        Description(x => x.Produces<IReadOnlyList<ChallengeView>>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(GroupRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new ListChallengesQuery(User.UserId(), req.Id), ct), ct);
}
