using AdaptiveLearning.Api.Features.Analytics;
using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Api.FunctionalTests.Analytics;

/// <summary>Runs the item statistics job through the admin route and waits for it, as an operator would.</summary>
internal static class ItemStatsRefresh
{
    public static async Task<ItemStatsJobView> RunAsync(HttpClient admin)
    {
        var job = await admin.PostAsAsync<ItemStatsJobView>(AnalyticsRoutes.Refresh, null, HttpStatusCode.Accepted);
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            job = await admin.GetAsAsync<ItemStatsJobView>(AnalyticsRoutes.JobFor(job.Id));
            if (job.Status is ItemStatsJobStatus.Succeeded or ItemStatsJobStatus.Failed)
                break;
        }
        Assert.That(job.Status, Is.EqualTo(ItemStatsJobStatus.Succeeded), "the refresh job finishes");
        return job;
    }
}
