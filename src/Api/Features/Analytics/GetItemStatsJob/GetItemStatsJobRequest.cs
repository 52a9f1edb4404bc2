namespace AdaptiveLearning.Api.Features.Analytics.GetItemStatsJob;

public sealed class GetItemStatsJobRequest
{
    public Guid Id { get; init; }
}
