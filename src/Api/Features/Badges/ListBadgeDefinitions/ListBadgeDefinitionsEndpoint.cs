using AdaptiveLearning.Application.Badges;
using AdaptiveLearning.Application.Badges.ListBadgeDefinitions;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Badges.ListBadgeDefinitions;

internal sealed class ListBadgeDefinitionsEndpoint(IHandler<ListBadgeDefinitionsQuery, IReadOnlyList<BadgeView>> handler)
    : Endpoint<ListBadgeDefinitionsRequest, IReadOnlyList<BadgeView>>
{
    public override void Configure()
    {
        Get(ListBadgeDefinitionsRequest.Route);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Badges"));
        Summary(s => s.Summary = "Every badge definition with its criteria, retired ones on request (admins)");
        Description(x => x.Produces<IReadOnlyList<BadgeView>>().ProducesProblem(401).ProducesProblem(403), clearDefaults: true);
    }

    public override async Task HandleAsync(ListBadgeDefinitionsRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new ListBadgeDefinitionsQuery(req.IncludeRetired ?? false), ct), ct);
}
