using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Leaderboards;
using AdaptiveLearning.Application.Leaderboards.GetLeaderboard;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Leaderboards.GetLeaderboard;

internal sealed class GetLeaderboardEndpoint(IHandler<GetLeaderboardQuery, LeaderboardView> handler) : Endpoint<GetLeaderboardRequest, LeaderboardView>
{
    public override void Configure()
    {
        Get(GetLeaderboardRequest.Route);
        Options(x => x.WithTags("Leaderboards"));
        Summary(s =>
        {
            s.Summary = "A points leaderboard for this week, month or all time, for everyone or one of my groups, with my own place";
            s.Description = "Periods are UTC (ISO weeks from Monday). Learners who hid themselves (settings.leaderboardVisible = false) are neither " +
                            "shown nor counted in ranks; only display names are shown. A group I am not in answers 404.";
        });
        Description(x => x.Produces<LeaderboardView>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(GetLeaderboardRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetLeaderboardQuery(User.UserId(), req.Period, req.GroupId, req.Limit ?? 10), ct), ct);
}
