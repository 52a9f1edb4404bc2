using AdaptiveLearning.Application.Badges;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Engagement;
using AdaptiveLearning.Infrastructure.Engagement;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Badges;

/// <summary>The unearned badges and the tallies as one multi-statement query.</summary>
internal sealed class BadgeStandingReader(MySqlDataSource db) : IBadgeStandingReader
{
    public async Task<BadgeStanding> ReadAsync(Guid userId, IReadOnlySet<BadgeMetric> moved, CancellationToken ct)
    {
        if (moved.Count == 0)
            return new BadgeStanding([], EngagementFigures.Empty);
        var sql = LearnerBadges.UnearnedSql + ";\n" + EngagementFigures.Sql(moved);
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(sql,
            new { UserId = userId.ToString(), Metrics = moved.Select(WireNames.Of).ToList() }, cancellationToken: ct));
        var candidates = (await grid.ReadAsync<BadgeRow>()).Select(r => r.ToBadge()).ToList();
        return new BadgeStanding(candidates, await EngagementFigures.ReadAsync(grid, moved));
    }
}
