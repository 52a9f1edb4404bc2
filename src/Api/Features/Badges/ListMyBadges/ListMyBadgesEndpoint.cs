using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Badges.ListMyBadges;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Badges.ListMyBadges;

internal sealed class ListMyBadgesEndpoint(IHandler<ListMyBadgesQuery, MyBadges> handler) : EndpointWithoutRequest<MyBadges>
{
    public const string Route = "/users/me/badges";

    public override void Configure()
    {
        Get(Route);
        Options(x => x.WithTags("Badges"));
        Summary(s => s.Summary = "The badges I hold, newest first, with when I earned them");
        Description(x => x.Produces<MyBadges>().ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new ListMyBadgesQuery(User.UserId()), ct), ct);
}
