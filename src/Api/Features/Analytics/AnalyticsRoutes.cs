namespace AdaptiveLearning.Api.Features.Analytics;

public static class AnalyticsRoutes
{
    public const string Items = "/analytics/items";
    public const string Refresh = "/analytics/items/refresh";
    public const string Job = "/analytics/items/jobs/{id}";

    public static string JobFor(Guid id) => Job.Replace("{id}", id.ToString());
}
