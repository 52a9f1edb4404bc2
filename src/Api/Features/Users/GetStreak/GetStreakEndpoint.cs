using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Users.GetStreak;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.GetStreak;

internal sealed class GetStreakEndpoint(IHandler<GetStreakQuery, StreakReport> handler) : EndpointWithoutRequest<StreakReport>
{
    public const string Route = "/users/me/streak";

    public override void Configure()
    {
        Get(Route);
        Options(x => x.WithTags("Users"));
        Summary(s => s.Summary = "My study streak in my time zone and day start: current, longest, freezes held, spent and the days they covered");
        Description(x => x.Produces<StreakReport>().ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetStreakQuery(User.UserId()), ct), ct);
}
