namespace AdaptiveLearning.Application.Admin.RebuildEngagement;

/// <param name="UserId">Check only this learner.</param>
/// <param name="After">Continue after this account id (the previous report's <c>nextAfter</c>).</param>
public sealed record RebuildEngagementCommand(Guid? UserId, Guid? After, int Limit)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;
}
