using AdaptiveLearning.Application.Badges;
using AdaptiveLearning.Domain.Engagement;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Badges;

internal sealed class BadgeCatalog(MySqlDataSource db) : IBadgeCatalog
{
    public async Task<IReadOnlyList<BadgeDefinition>> ListAsync(bool includeRetired, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<BadgeRow>(new CommandDefinition($"""
            SELECT {BadgeRow.Columns} FROM badges b WHERE @IncludeRetired OR b.retired_at IS NULL ORDER BY b.category, b.threshold, b.badge_key
            """, new { IncludeRetired = includeRetired }, cancellationToken: ct));
        return rows.Select(r => r.ToBadge()).ToList();
    }

    public async Task<BadgeDefinition?> GetAsync(string key, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<BadgeRow>(new CommandDefinition(
            $"SELECT {BadgeRow.Columns} FROM badges b WHERE b.badge_key = @Key", new { Key = key }, cancellationToken: ct));
        return row?.ToBadge();
    }

    public async Task<bool> AddAsync(BadgeDefinition badge, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition("""
            INSERT IGNORE INTO badges (badge_key, name, description, icon, category, rarity, metric, threshold, min_answers, created_at, updated_at, retired_at)
            VALUES (@Key, @Name, @Description, @Icon, @Category, @Rarity, @Metric, @Threshold, @MinAnswers, @CreatedAt, @UpdatedAt, @RetiredAt)
            """, BadgeRow.Parameters(badge), cancellationToken: ct)) == 1;
    }

    public async Task UpdateAsync(BadgeDefinition badge, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE badges SET name = @Name, description = @Description, icon = @Icon, category = @Category, rarity = @Rarity, metric = @Metric,
                   threshold = @Threshold, min_answers = @MinAnswers, updated_at = @UpdatedAt, retired_at = @RetiredAt
            WHERE badge_key = @Key
            """, BadgeRow.Parameters(badge), cancellationToken: ct));
    }

    public async Task<bool> RemoveAsync(string key, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var deleted = await connection.ExecuteAsync(new CommandDefinition("""
            DELETE FROM badges WHERE badge_key = @Key AND NOT EXISTS (SELECT 1 FROM user_badges ub WHERE ub.badge_key = @Key)
            """, new { Key = key }, cancellationToken: ct));
        if (deleted == 1)
            return true;
        return await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE badges SET retired_at = COALESCE(retired_at, @Now), updated_at = @Now WHERE badge_key = @Key
            """, new { Key = key, Now = now.UtcDateTime }, cancellationToken: ct)) == 1;
    }
}
