using AdaptiveLearning.Application.Users;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Engagement;

/// <summary>The learner's points ledger, every row, for the personal-data export.</summary>
internal sealed class PointsLedgerPersonalData(MySqlDataSource db) : IPersonalDataSource
{
    public string Section => "points";

    public async Task<object> ExportAsync(Guid userId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return (await connection.QueryAsync(new CommandDefinition("""
            SELECT id, source, source_key, attempt_client_id, session_id, points, answers, local_day, occurred_at, recorded_at
            FROM points_ledger WHERE user_id = @UserId ORDER BY id
            """, new { UserId = userId.ToString() }, cancellationToken: ct))).ToList();
    }
}
