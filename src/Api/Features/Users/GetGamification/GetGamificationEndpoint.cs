using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Users.GetGamification;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Users.GetGamification;

internal sealed class GetGamificationEndpoint(IHandler<GetGamificationQuery, Gamification> handler) : EndpointWithoutRequest<Gamification>
{
    public const string Route = "/users/me/gamification";

    public override void Configure()
    {
        Get(Route);
        Options(x => x.WithTags("Users"));
        Summary(s => s.Summary = "My points today, this week, this month and in all, my level and progress, my streak and freezes, and my badge count, in my time zone");
        Description(x => x.Produces<Gamification>().ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetGamificationQuery(User.UserId()), ct), ct);
}
