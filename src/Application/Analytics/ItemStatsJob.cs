using System.Text.Json;
using AdaptiveLearning.Application.Jobs;

namespace AdaptiveLearning.Application.Analytics;

/// <summary>The item statistics refresh as a durable job: what it stores in the jobs table and how that row reads.</summary>
public static class ItemStatsJob
{
    public const string Kind = "analytics.item_stats";
    public const string AdminTrigger = "admin";
    public const string ScheduleTrigger = "schedule";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static NewJob Create(string trigger) => new(Guid.NewGuid(), Kind, JsonSerializer.Serialize(new ItemStatsJobPayload(trigger), Json));

    public static string Succeeded(ItemStatsRun run) => JsonSerializer.Serialize(run, Json);

    public static ItemStatsJobView Read(JobView job)
    {
        var trigger = JsonSerializer.Deserialize<ItemStatsJobPayload>(job.Payload, Json)?.Trigger ?? AdminTrigger;
        var view = new ItemStatsJobView(job.Id, ItemStatsJobStatus.Queued, trigger, job.CreatedAt, job.StartedAt, job.FinishedAt);
        return job.Status switch
        {
            JobStatus.Queued => view,
            JobStatus.Running => view with { Status = ItemStatsJobStatus.Running },
            JobStatus.Succeeded => view with
            {
                Status = ItemStatsJobStatus.Succeeded,
                Run = job.Result is null ? null : JsonSerializer.Deserialize<ItemStatsRun>(job.Result, Json),
            },
            // Failed on every attempt, interrupted or cancelled: the engine's reason is for the server log. The next run
            // starts from the watermark the last committed batch left, so nothing is lost or counted twice.
            _ => view with { Status = ItemStatsJobStatus.Failed },
        };
    }
}
