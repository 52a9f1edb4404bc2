using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Groups;
using AdaptiveLearning.Application.Groups.GetChallenge;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Groups.GetChallenge;

internal sealed class GetChallengeEndpoint(IHandler<GetChallengeQuery, ChallengeView> handler) : Endpoint<ChallengeRequest, ChallengeView>
{
    public override void Configure()
    {
        Get(ChallengeRequest.Route);
        Options(x => x.WithTags("Groups"));
        Summary(s => s.Summary = "A challenge with its leaderboard; once ended, its frozen result and winners");
        Description(x => x.Produces<ChallengeView>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(ChallengeRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetChallengeQuery(User.UserId(), req.Id, req.ChallengeId), ct), ct);
}
