using AdaptiveLearning.Domain.Leaderboards;

namespace AdaptiveLearning.Api.Features.Leaderboards.GetLeaderboard;

public sealed class GetLeaderboardRequest
{
    public const string Route = "/leaderboards/{period}";

    public static string For(LeaderboardPeriod period) => Route.Replace("{period}", Domain.Common.WireNames.Of(period));

    /// <summary>week (the ISO week, from Monday 00:00 UTC), month (the UTC calendar month) or all.</summary>
    public LeaderboardPeriod Period { get; init; }
    /// <summary>Only this group's members (I must be one); everyone when left out.</summary>
    public Guid? GroupId { get; init; }
    /// <summary>How many places to show, 1-100 (default 10); my own place comes back in <c>me</c> wherever it is.</summary>
    public int? Limit { get; init; }
}
