using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Badges.ListBadges;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Badges.ListBadges;

internal sealed class ListBadgesEndpoint(IHandler<ListBadgesQuery, BadgeCatalogue> handler) : EndpointWithoutRequest<BadgeCatalogue>
{
    public const string Route = "/badges";

    public override void Configure()
    {
        Get(Route);
        Options(x => x.WithTags("Badges"));
        Summary(s => s.Summary = "The badges I can earn, each with whether I hold it and my current value toward its threshold");
        Description(x => x.Produces<BadgeCatalogue>().ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new ListBadgesQuery(User.UserId()), ct), ct);
}
