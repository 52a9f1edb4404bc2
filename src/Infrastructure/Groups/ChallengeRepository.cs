using System.Data;
using AdaptiveLearning.Application.Groups;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Groups;
using AdaptiveLearning.Infrastructure.Events;
using AdaptiveLearning.Infrastructure.Hierarchy;
using AdaptiveLearning.Infrastructure.Learning;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Groups;

internal sealed class ChallengeRepository(MySqlDataSource db) : IChallengeRepository
{
    private const string Columns = $"""
        id AS {nameof(Row.Id)}, group_id AS {nameof(Row.GroupId)}, name AS {nameof(Row.Name)}, metric AS {nameof(Row.Metric)},
        scope AS {nameof(Row.Scope)}, starts_at AS {nameof(Row.StartsAt)}, ends_at AS {nameof(Row.EndsAt)}, created_by AS {nameof(Row.CreatedBy)},
        created_at AS {nameof(Row.CreatedAt)}, result AS {nameof(Row.Result)}, ended_at AS {nameof(Row.EndedAt)}
        """;

    private const string NodeJoin = "JOIN questions q ON q.id = a.question_id JOIN hierarchy_nodes f ON f.id = q.facet_id";

    public async Task AddAsync(GroupChallenge challenge, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO group_challenges (id, group_id, name, metric, scope, starts_at, ends_at, created_by, created_at)
            VALUES (@Id, @GroupId, @Name, @Metric, @Scope, @StartsAt, @EndsAt, @CreatedBy, @CreatedAt)
            """, new
        {
            Id = challenge.Id.ToString(), GroupId = challenge.GroupId.ToString(), challenge.Name, Metric = WireNames.Of(challenge.Metric),
            Scope = LearningJson.Serialize(challenge.Scope), StartsAt = challenge.StartsAt.UtcDateTime, EndsAt = challenge.EndsAt.UtcDateTime,
            CreatedBy = challenge.CreatedBy?.ToString(), CreatedAt = challenge.CreatedAt.UtcDateTime,
        }, cancellationToken: ct));
    }

    public async Task<GroupChallenge?> GetAsync(Guid groupId, Guid challengeId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM group_challenges WHERE id = @Id AND group_id = @GroupId",
            new { Id = challengeId.ToString(), GroupId = groupId.ToString() }, cancellationToken: ct));
        return row?.ToChallenge();
    }

    public async Task<IReadOnlyList<GroupChallenge>> ListAsync(Guid groupId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM group_challenges WHERE group_id = @GroupId ORDER BY starts_at DESC, id",
            new { GroupId = groupId.ToString() }, cancellationToken: ct));
        return rows.Select(r => r.ToChallenge()).ToList();
    }

    public async Task<IReadOnlyDictionary<Guid, long>> ScoresAsync(GroupChallenge challenge, IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        if (userIds.Count == 0)
            return new Dictionary<Guid, long>();
        var parameters = new DynamicParameters(new
        {
            Ids = userIds.Select(id => id.ToString()).ToList(), From = challenge.StartsAt.UtcDateTime, To = challenge.EndsAt.UtcDateTime,
        });
        var scoped = challenge.Scope.Count > 0;
        var scope = scoped ? "AND " + PathScopeSql.WithinAny("f.path", challenge.Scope, parameters) : "";
        var sql = challenge.Metric == ChallengeMetric.Points
            ? $"""
              SELECT l.user_id, CAST(SUM(l.points) AS SIGNED)
              FROM points_ledger l
              {(scoped ? "JOIN attempts a ON a.user_id = l.user_id AND a.client_attempt_id = l.attempt_client_id " + NodeJoin : "")}
              WHERE l.user_id IN @Ids AND l.occurred_at >= @From AND l.occurred_at < @To {scope}
              GROUP BY l.user_id
              """
            : $"""
              SELECT a.user_id, CAST({(challenge.Metric == ChallengeMetric.Answers ? "COUNT(*)" : $"SUM(a.correct = 1 AND NOT {AttemptSql.FeedbackHidden})")} AS SIGNED)
              FROM attempts a
              LEFT JOIN learning_sessions s ON s.id = a.session_id
              {(scoped ? NodeJoin : "")}
              WHERE a.user_id IN @Ids AND a.answered_at >= @From AND a.answered_at < @To AND {AttemptSql.NotUndone} {scope}
              GROUP BY a.user_id
              """;
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<(Guid, long)>(new CommandDefinition(sql, parameters, cancellationToken: ct));
        return rows.ToDictionary(r => r.Item1, r => r.Item2);
    }

    public async Task<bool> FinishAsync(GroupChallenge challenge, IReadOnlyList<Standing> result, DateTimeOffset endedAt, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var stored = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE group_challenges SET result = @Result, ended_at = @EndedAt WHERE id = @Id AND result IS NULL",
            new { Id = challenge.Id.ToString(), Result = LearningJson.Serialize(result), EndedAt = endedAt.UtcDateTime }, transaction,
            cancellationToken: ct));
        if (stored != 1)
            return false;
        await OutboxInsert.ExecuteAsync(connection, transaction, [ChallengeEndedEvent.Of(challenge, result, endedAt)], ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public Guid GroupId { get; init; }
        public string Name { get; init; } = "";
        public string Metric { get; init; } = "";
        public string Scope { get; init; } = "[]";
        public DateTimeOffset StartsAt { get; init; }
        public DateTimeOffset EndsAt { get; init; }
        public Guid? CreatedBy { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public string? Result { get; init; }
        public DateTimeOffset? EndedAt { get; init; }

        public GroupChallenge ToChallenge() => new(Id, GroupId, Name, WireNames.Parse<ChallengeMetric>(Metric),
            LearningJson.Deserialize<List<string>>(Scope), StartsAt, EndsAt, CreatedBy, CreatedAt,
            Result is null ? null : LearningJson.Deserialize<List<Standing>>(Result), EndedAt);
    }
}
