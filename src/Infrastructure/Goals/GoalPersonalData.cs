using AdaptiveLearning.Application.Users;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Goals;

/// <summary>The learner's goals for the personal-data export.</summary>
internal sealed class GoalPersonalData(MySqlDataSource db) : IPersonalDataSource
{
    public string Section => "goals";

    public async Task<object> ExportAsync(Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return (await connection.QueryAsync(new CommandDefinition("""
            SELECT id, name, scope, target_date, desired_retention, study_days, minutes_per_day, created_at, updated_at
            FROM study_goals WHERE user_id = @UserId ORDER BY created_at, id
            """, new { UserId = userId.ToString() }, cancellationToken: ct))).ToList();
    }
}
