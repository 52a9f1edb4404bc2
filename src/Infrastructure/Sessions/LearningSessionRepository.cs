using System.Data;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Infrastructure.Events;
using AdaptiveLearning.Infrastructure.Learning;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Sessions;

internal sealed class LearningSessionRepository(MySqlDataSource db) : ILearningSessionRepository
{
    private const string Columns = "id, user_id, mode, scope, limits, question_ids, goal, started_at, ended_at";

    /// <summary>The learner's own sessions among <c>@Ids</c> (someone else's is not found, never forbidden).</summary>
    internal const string SelectOwnByIds = $"SELECT {Columns} FROM learning_sessions WHERE user_id = @UserId AND id IN @Ids";

    public async Task AddAsync(LearningSession session, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition($"""
            INSERT INTO learning_sessions ({Columns})
            VALUES (@Id, @UserId, @Mode, @Scope, @Limits, @QuestionIds, @Goal, @StartedAt, NULL)
            """,
            new
            {
                Id = session.Id.ToString(), UserId = session.UserId.ToString(), Mode = WireNames.Of(session.Mode),
                Scope = LearningJson.Serialize(session.Scope), Limits = LearningJson.Serialize(session.Limits),
                QuestionIds = session.QuestionIds.Count == 0 ? null : LearningJson.Serialize(session.QuestionIds),
                Goal = session.Goal is null ? null : LearningJson.Serialize(session.Goal),
                StartedAt = session.StartedAt.UtcDateTime,
            }, cancellationToken: ct));
    }

    public async Task<LearningSession?> GetAsync(Guid userId, Guid sessionId, CancellationToken ct) =>
        (await GetManyAsync(userId, [sessionId], ct)).SingleOrDefault();

    public async Task<IReadOnlyList<LearningSession>> GetManyAsync(Guid userId, IReadOnlyCollection<Guid> sessionIds, CancellationToken ct)
    {
        if (sessionIds.Count == 0)
            return [];
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            SelectOwnByIds,
            new { UserId = userId.ToString(), Ids = sessionIds.Select(id => id.ToString()) }, cancellationToken: ct));
        return rows.Select(r => r.ToSession()).ToList();
    }

    public async Task EndAsync(Guid sessionId, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var ended = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE learning_sessions SET ended_at = @At WHERE id = @Id AND ended_at IS NULL",
            new { Id = sessionId.ToString(), At = at.UtcDateTime }, transaction, cancellationToken: ct));
        // Only the request that ended it announces it, in the same transaction (ADR 0021).
        if (ended == 1)
        {
            var row = await connection.QuerySingleAsync<Row>(new CommandDefinition(
                $"SELECT {Columns} FROM learning_sessions WHERE id = @Id", new { Id = sessionId.ToString() }, transaction, cancellationToken: ct));
            await OutboxInsert.ExecuteAsync(connection, transaction, [SessionEndedEvent.Of(row.ToSession(), at)], ct);
        }
        await transaction.CommitAsync(ct);
    }

    internal sealed class Row
    {
        public Guid Id { get; init; }
        public Guid UserId { get; init; }
        public string Mode { get; init; } = "";
        public string Scope { get; init; } = "[]";
        public string Limits { get; init; } = "{}";
        public string? QuestionIds { get; init; }
        public string? Goal { get; init; }
        public DateTimeOffset StartedAt { get; init; }
        public DateTimeOffset? EndedAt { get; init; }

        public LearningSession ToSession() => new()
        {
            Id = Id, UserId = UserId, Mode = WireNames.Parse<SessionMode>(Mode),
            Scope = LearningJson.Deserialize<List<string>>(Scope), Limits = LearningJson.Deserialize<SessionLimits>(Limits),
            QuestionIds = QuestionIds is null ? [] : LearningJson.Deserialize<List<long>>(QuestionIds),
            Goal = Goal is null ? null : LearningJson.Deserialize<SessionGoal>(Goal),
            StartedAt = StartedAt, EndedAt = EndedAt,
        };
    }
}
