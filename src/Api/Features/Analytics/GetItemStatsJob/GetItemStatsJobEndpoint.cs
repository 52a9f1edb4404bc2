using AdaptiveLearning.Application.Analytics;
using AdaptiveLearning.Application.Analytics.GetItemStatsJob;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Analytics.GetItemStatsJob;

internal sealed class GetItemStatsJobEndpoint(IHandler<GetItemStatsJobQuery, ItemStatsJobView> handler) : Endpoint<GetItemStatsJobRequest, ItemStatsJobView>
{
    public override void Configure()
    {
        Get(AnalyticsRoutes.Job);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Analytics"));
        Summary(s => s.Summary = "An item statistics job: queued, running, succeeded (with what it counted) or failed (admins)");
        Description(x => x.Produces<ItemStatsJobView>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(403).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(GetItemStatsJobRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetItemStatsJobQuery(req.Id), ct), ct);
}
