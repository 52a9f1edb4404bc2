using AdaptiveLearning.Api.Http;
using AdaptiveLearning.Application.Analytics;
using AdaptiveLearning.Application.Analytics.RefreshItemStats;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Analytics.RefreshItemStats;

internal sealed class RefreshItemStatsEndpoint(IHandler<RefreshItemStatsCommand, ItemStatsJobView> handler) : EndpointWithoutRequest<ItemStatsJobView>
{
    public override void Configure()
    {
        Post(AnalyticsRoutes.Refresh);
        Roles(Security.Roles.Admin);
        Options(x => x.WithTags("Analytics"));
        Summary(s =>
        {
            s.Summary = "Bring item statistics up to date now, in the background (admins)";
            s.Description = "Answers 202 with a durable job to poll at its Location; while a run waits, every request gets that run. "
                + "The job also runs every Analytics:ItemStats:RefreshMinutes.";
        });
        Description(x => x.Produces<ItemStatsJobView>(202).ProducesProblem(401).ProducesProblem(403), clearDefaults: true);
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var job = await handler.HandleAsync(new RefreshItemStatsCommand(ItemStatsJob.AdminTrigger), ct);
        LocationHeader.Set(HttpContext, AnalyticsRoutes.JobFor(job.Id));
        await Send.ResponseAsync(job, 202, ct);
    }
}
