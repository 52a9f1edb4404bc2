using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Learning;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Learning;

internal sealed class AttemptReader(MySqlDataSource db) : IAttemptReader
{
    public async Task<IReadOnlyList<Attempt>> ForSessionAsync(Guid userId, Guid sessionId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<AttemptRecord>(new CommandDefinition($"""
            SELECT {AttemptRecord.Columns} FROM attempts a
            WHERE a.session_id = @SessionId AND a.user_id = @UserId AND {AttemptSql.NotUndone}
            ORDER BY a.answered_at, a.id
            """, new { UserId = userId.ToString(), SessionId = sessionId.ToString() }, cancellationToken: ct));
        return rows.Select(r => r.ToAttempt()).ToList();
    }
}
