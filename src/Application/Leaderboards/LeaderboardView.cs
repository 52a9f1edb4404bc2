using AdaptiveLearning.Domain.Leaderboards;

namespace AdaptiveLearning.Application.Leaderboards;

/// <summary>A leaderboard: points earned in the period, hidden learners neither shown nor counted.</summary>
/// <param name="From">Start of the period (UTC; weeks are ISO weeks from Monday 00:00 UTC); null for all time.</param>
/// <param name="To">Exclusive end of the period; null for all time.</param>
/// <param name="GroupId">The group the board is limited to; null for everyone.</param>
/// <param name="Entries">The top of the board, highest first.</param>
/// <param name="Me">My own place, also when it is below the entries shown; null while I have no points in the period or am hidden.</param>
/// <param name="Visible">False when I have hidden myself from leaderboards (profile setting <c>leaderboardVisible</c>).</param>
public sealed record LeaderboardView(
    LeaderboardPeriod Period, DateTimeOffset? From, DateTimeOffset? To, Guid? GroupId, IReadOnlyList<LeaderboardEntry> Entries,
    LeaderboardEntry? Me, bool Visible);
