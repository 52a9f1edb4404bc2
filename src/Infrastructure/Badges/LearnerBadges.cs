using System.Data;
using AdaptiveLearning.Application.Badges;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Engagement;
using AdaptiveLearning.Infrastructure.Events;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Badges;

internal sealed class LearnerBadges(MySqlDataSource db) : ILearnerBadges
{
    /// <summary>Badges still awarded on one of <c>@Metrics</c> that <c>@UserId</c> does not hold.</summary>
    internal const string UnearnedSql = $"""
        SELECT {BadgeRow.Columns} FROM badges b
        WHERE b.retired_at IS NULL AND b.metric IN @Metrics
          AND NOT EXISTS (SELECT 1 FROM user_badges ub WHERE ub.user_id = @UserId AND ub.badge_key = b.badge_key)
        """;

    public async Task<IReadOnlyList<EarnedBadge>> EarnedAsync(Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<EarnedRow>(new CommandDefinition($"""
            SELECT {BadgeRow.Columns}, ub.earned_at AS EarnedAt, ub.value AS Value
            FROM user_badges ub JOIN badges b ON b.badge_key = ub.badge_key
            WHERE ub.user_id = @UserId
            ORDER BY ub.earned_at DESC, ub.badge_key
            """, new { UserId = userId.ToString() }, cancellationToken: ct));
        return rows.Select(r => new EarnedBadge(r.Key, r.Name, r.Description, r.Icon, r.Category, WireNames.Parse<BadgeRarity>(r.Rarity),
            r.EarnedAt, r.Value, r.RetiredAt is not null)).ToList();
    }

    public async Task<int> CountAsync(Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM user_badges WHERE user_id = @UserId", new { UserId = userId.ToString() }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<string>> AwardAsync(Guid userId, IReadOnlyList<BadgeAward> awards, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var awarded = new List<BadgeAward>();
        foreach (var award in awards)
        {
            // The primary key decides: a badge held already, or awarded by a racing request, inserts nothing and emits nothing.
            var inserted = await connection.ExecuteAsync(new CommandDefinition("""
                INSERT IGNORE INTO user_badges (user_id, badge_key, earned_at, value)
                SELECT @UserId, badge_key, @Now, @Value FROM badges WHERE badge_key = @Key AND retired_at IS NULL
                """, new { UserId = userId.ToString(), award.Badge.Key, Now = now.UtcDateTime, award.Value }, transaction, cancellationToken: ct));
            if (inserted == 1)
                awarded.Add(award);
        }
        await OutboxInsert.ExecuteAsync(connection, transaction, awarded.Select(a => BadgeEarnedEvent.Of(userId, a, now)).ToList(), ct);
        await transaction.CommitAsync(ct);
        return awarded.Select(a => a.Badge.Key).ToList();
    }

    private sealed class EarnedRow
    {
        public string Key { get; init; } = "";
        public string Name { get; init; } = "";
        public string Description { get; init; } = "";
        public string Icon { get; init; } = "";
        public string Category { get; init; } = "";
        public string Rarity { get; init; } = "";
        public DateTimeOffset? RetiredAt { get; init; }
        public DateTimeOffset EarnedAt { get; init; }
        public double Value { get; init; }
    }
}
