using AdaptiveLearning.Application.Users;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Badges;

/// <summary>The learner's badges for the personal-data export.</summary>
internal sealed class BadgePersonalData(MySqlDataSource db) : IPersonalDataSource
{
    public string Section => "badges";

    public async Task<object> ExportAsync(Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return (await connection.QueryAsync(new CommandDefinition("""
            SELECT ub.badge_key, b.name, ub.earned_at, ub.value
            FROM user_badges ub JOIN badges b ON b.badge_key = ub.badge_key
            WHERE ub.user_id = @UserId ORDER BY ub.earned_at, ub.badge_key
            """, new { UserId = userId.ToString() }, cancellationToken: ct))).ToList();
    }
}
