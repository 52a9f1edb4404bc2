using AdaptiveLearning.Application.Users;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Groups;

/// <summary>
/// The learner's memberships (with their sharing choice) and the challenges they created, for the personal-data export.
/// Erasure: memberships go with the account (FK cascade), so do groups the learner owns (ADR 0026).
/// </summary>
internal sealed class GroupPersonalData(MySqlDataSource db) : IPersonalDataSource
{
    public string Section => "groups";

    public async Task<object> ExportAsync(Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var parameters = new { UserId = userId.ToString() };
        var memberships = (await connection.QueryAsync(new CommandDefinition("""
            SELECT g.id AS group_id, g.name, m.role, m.shares_progress, m.joined_at, g.owner_id = @UserId AS owner
            FROM group_members m JOIN study_groups g ON g.id = m.group_id
            WHERE m.user_id = @UserId ORDER BY m.joined_at, g.id
            """, parameters, cancellationToken: ct))).ToList();
        var challenges = (await connection.QueryAsync(new CommandDefinition("""
            SELECT id, group_id, name, metric, scope, starts_at, ends_at, created_at
            FROM group_challenges WHERE created_by = @UserId ORDER BY created_at, id
            """, parameters, cancellationToken: ct))).ToList();
        return new { memberships, challengesCreated = challenges };
    }
}
