using AdaptiveLearning.Application.Adaptive;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Tracing;
using AdaptiveLearning.Infrastructure.Hierarchy;
using AdaptiveLearning.Infrastructure.Learning;
using AdaptiveLearning.Infrastructure.Questions;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Adaptive;

internal sealed class AdaptiveQueries(MySqlDataSource db) : IAdaptiveQueries
{
    /// <summary>Self-rated answers have no correctness of their own: anything but Again counts as recalled.</summary>
    public static readonly string CorrectColumn = $"CAST(COALESCE(a.correct, a.rating > {(int)Rating.Again}) AS SIGNED)";

    public async Task<LearnerEvidence> EvidenceAsync(Guid userId, CancellationToken ct)
    {
        var sql = $"""
            {AttemptsAfter}
            {StampSql}
            SELECT facet_id, prior, learn, guess, slip, forget FROM bkt_parameters;
            SELECT facet_id, p_known FROM learner_facet_priors WHERE user_id = @UserId;
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition(sql,
            new { UserId = userId.ToString(), After = 0L }, cancellationToken: ct));
        var attempts = (await grid.ReadAsync<EvidenceRow>()).Select(r => r.ToAttempt()).ToList();
        var stamp = await ReadStampAsync(grid);
        var bkt = (await grid.ReadAsync<BktRow>()).ToDictionary(r => r.FacetId.ToString(), r => r.ToParameters());
        var priors = (await grid.ReadAsync<(long FacetId, double PKnown)>()).ToDictionary(p => p.FacetId, p => p.PKnown);
        return new LearnerEvidence(attempts, new BktModel(bkt, BktParameters.Default), priors, stamp);
    }

    public async Task<NewEvidence> EvidenceSinceAsync(Guid userId, long afterAttemptId, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var grid = await connection.QueryMultipleAsync(new CommandDefinition($"{AttemptsAfter}\n{StampSql}",
            new { UserId = userId.ToString(), After = afterAttemptId }, cancellationToken: ct));
        var attempts = (await grid.ReadAsync<EvidenceRow>()).Select(r => r.ToAttempt()).ToList();
        return new NewEvidence(attempts, await ReadStampAsync(grid));
    }

    /// <summary>Reads the learner's attempts through ix_attempts_user_id (user_id, id): only the rows asked for.</summary>
    private static readonly string AttemptsAfter = $"""
        SELECT a.id AS attempt_id, a.question_id, q.facet_id, f.path AS facet_path, {PathScopeSql.TopicOf("f.path")} AS topic_path,
               {CorrectColumn} AS correct, a.answered_at, a.mode, q.irt_a, q.irt_b, q.irt_c
        FROM attempts a FORCE INDEX (ix_attempts_user_id)
        JOIN questions q ON q.id = a.question_id
        JOIN hierarchy_nodes f ON f.id = q.facet_id
        WHERE a.user_id = @UserId AND a.id > @After AND {AttemptSql.NotUndone}
        ORDER BY a.answered_at, a.id;
        """;

    private const string StampSql = """
        SELECT (SELECT COUNT(*) FROM attempt_undos WHERE user_id = @UserId) AS undone,
               (SELECT MAX(set_at) FROM learner_facet_priors WHERE user_id = @UserId) AS priors_set_at;
        """;

    private static async Task<EvidenceStamp> ReadStampAsync(SqlMapper.GridReader grid)
    {
        var (undone, priorsSetAt) = await grid.ReadSingleAsync<(long, DateTime?)>();
        return new EvidenceStamp(undone, priorsSetAt is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null);
    }

    public async Task<IReadOnlyDictionary<long, AdaptiveItem>> ItemsAsync(IReadOnlyCollection<long> questionIds, CancellationToken ct)
    {
        if (questionIds.Count == 0)
            return new Dictionary<long, AdaptiveItem>();
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<AdaptiveItemRow>(new CommandDefinition(
            $"SELECT {AdaptiveItemRow.Columns} FROM questions q JOIN hierarchy_nodes f ON f.id = q.facet_id WHERE q.id IN @Ids",
            new { Ids = questionIds }, cancellationToken: ct));
        return rows.ToDictionary(r => r.QuestionId, r => r.ToItem());
    }

    public async Task<IReadOnlyList<AdaptiveItem>> ItemBankAsync(IReadOnlyList<string> scope, CancellationToken ct)
    {
        var parameters = new DynamicParameters();
        var sql = $"""
            SELECT {AdaptiveItemRow.Columns}
            FROM questions q
            {VisibleQuestions.Joins}
            WHERE {VisibleQuestions.Condition} AND {PathScopeSql.WithinAny("f.path", scope, parameters)}
            ORDER BY q.id
            """;
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<AdaptiveItemRow>(new CommandDefinition(sql, parameters, cancellationToken: ct));
        return rows.Select(r => r.ToItem()).ToList();
    }
}
