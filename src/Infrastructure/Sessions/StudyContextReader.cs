using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Infrastructure.Auth;
using AdaptiveLearning.Infrastructure.Learning;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Sessions;

/// <summary>The learner, the named sessions and the already recorded client ids as one multi-statement query.</summary>
internal sealed class StudyContextReader(MySqlDataSource db) : IStudyContextReader
{
    public async Task<StudyContext> ReadAsync(Guid userId, IReadOnlyCollection<Guid> sessionIds,
        IReadOnlyCollection<string> clientAttemptIds, CancellationToken ct)
    {
        var parameters = new DynamicParameters(new { Id = userId.ToString(), UserId = userId.ToString() });
        var sql = new List<string> { UserRow.SelectById };
        if (sessionIds.Count > 0)
        {
            sql.Add(LearningSessionRepository.SelectOwnByIds);
            parameters.Add("Ids", sessionIds.Select(id => id.ToString()).ToList());
        }
        if (clientAttemptIds.Count > 0)
        {
            sql.Add($"SELECT {AttemptRecord.Columns} FROM attempts a WHERE a.user_id = @UserId AND a.client_attempt_id IN @ClientIds");
            parameters.Add("ClientIds", clientAttemptIds.ToList());
        }

        await using var connection = await db.OpenConnectionAsync(ct);
        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(string.Join(";\n", sql), parameters, cancellationToken: ct));
        var learner = (await grid.ReadSingleOrDefaultAsync<UserRow>())?.ToUser();
        var sessions = sessionIds.Count > 0
            ? (await grid.ReadAsync<LearningSessionRepository.Row>()).Select(r => r.ToSession()).ToList()
            : [];
        var attempts = clientAttemptIds.Count > 0
            ? (await grid.ReadAsync<AttemptRecord>()).Select(r => r.ToAttempt()).ToList()
            : [];
        return new StudyContext(learner, sessions, attempts);
    }
}
