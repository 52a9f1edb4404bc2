using System.Data;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Imports.Format;
using AdaptiveLearning.Application.Imports.ImportQuestions;
using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Domain.Content;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Imports;

/// <summary>
/// One transaction per batch: create missing nodes, look up the batch's ids through a staged key list,
/// LOAD DATA what needs writing, then a fixed handful of set-based statements whatever the batch size.
/// </summary>
internal sealed class QuestionImportStore(MySqlDataSource db, IClock clock) : IQuestionImportStore
{
    private const int NoTimeout = 0;

    public async Task<IAsyncDisposable> LockAsync(CancellationToken ct) => await ImportLock.AcquireAsync(db, ct);

    public async Task<HierarchyOutcome> ApplyHierarchyAsync(IReadOnlyList<HierarchyNodeInfo> nodes, ImportOptions options, CancellationToken ct)
    {
        var now = clock.UtcNow.UtcDateTime;
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        var infos = nodes.ToDictionary(n => n.Path);
        var (_, created) = await HierarchyWriter.EnsureAsync(connection, tx, infos.Keys, infos, now, ct);
        var updated = await HierarchyWriter.DescribeAsync(connection, tx, nodes, now, ct);
        await EndAsync(tx, options, ct);
        return new HierarchyOutcome(created, updated);
    }

    public async Task<BatchOutcome> ApplyBatchAsync(IReadOnlyList<ParsedFile> files, ImportOptions options, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        try
        {
            return await ApplyBatchAsync(connection, files, options, ct);
        }
        finally
        {
            // The pool hands sessions out again without resetting them (DependencyInjection.PooledConnectionString):
            // the staging tables and the switched-off foreign key checks must not reach the next request.
            await connection.ResetConnectionAsync(CancellationToken.None);
        }
    }

    private async Task<BatchOutcome> ApplyBatchAsync(MySqlConnection connection, IReadOnlyList<ParsedFile> files, ImportOptions options, CancellationToken ct)
    {
        var args = new { Now = clock.UtcNow.UtcDateTime, UserId = options.UserId?.ToString() };
        await connection.ExecuteAsync(new CommandDefinition(StagingTables.Create, cancellationToken: ct));
        // Every foreign key this batch writes points at a row it just created or looked up in the same
        // transaction, so the per-row checks only cost time. Session-scoped, and reset before the session goes back.
        await connection.ExecuteAsync(new CommandDefinition("SET SESSION foreign_key_checks = 0", cancellationToken: ct));
        await using var tx = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);

        var (facetIds, nodesCreated) = await HierarchyWriter.EnsureAsync(connection, tx, files.SelectMany(f => f.Facets).Distinct(),
            new Dictionary<HierarchyPath, HierarchyNodeInfo>(), args.Now, ct);
        await StagingLoader.LoadKeysAsync(connection, files, ct);
        var existing = (await connection.QueryAsync<ExistingQuestion>(Command(QuestionUpsertSql.FindExisting, null, tx, ct)))
            .ToDictionary(q => q.ExternalId, StringComparer.OrdinalIgnoreCase);
        var plan = ImportPlan.Classify(files, facetIds, existing);

        if (plan.Staged.Count > 0)
        {
            await StagingLoader.LoadAsync(connection, plan.Staged, new NewQuestionDefaults(ImportPublishing.NewQuestionStatus(options.Publish), args.UserId, args.Now), ct);
            foreach (var step in (string[])[QuestionUpsertSql.InsertCreatedVersions, QuestionUpsertSql.InsertCreatedTags,
                                           QuestionUpsertSql.UpdateChanged, QuestionUpsertSql.InsertChangedVersions, QuestionUpsertSql.ReplaceChangedTags])
                await connection.ExecuteAsync(Command(step, args, tx, ct));
        }
        var published = options.Publish ? await connection.ExecuteAsync(Command(QuestionUpsertSql.PublishExisting, QuestionUpsertSql.PublishArgs(args.Now), tx, ct)) : 0;
        var moves = await MovesAsync(connection, tx, plan, ct);
        await EndAsync(tx, options, ct);
        return new BatchOutcome(plan.PerFile, moves, nodesCreated, published);
    }

    private static async Task<IReadOnlyList<MovedQuestion>> MovesAsync(MySqlConnection c, MySqlTransaction tx, ImportPlan plan, CancellationToken ct)
    {
        var moved = plan.Staged.Where(s => s.Action == ImportAction.Moved).ToList();
        if (moved.Count == 0)
            return [];
        var ids = moved.SelectMany(s => new[] { s.FacetId, s.Existing!.FacetId }).Distinct().ToList();
        var paths = (await c.QueryAsync<(long Id, string Path)>(Command(QuestionUpsertSql.FacetPaths, new { Ids = ids }, tx, ct)))
            .ToDictionary(n => n.Id, n => n.Path);
        return moved.Select(s => new MovedQuestion(s.Question.ExternalId, paths[s.Existing!.FacetId], paths[s.FacetId])).ToList();
    }

    private static Task EndAsync(MySqlTransaction tx, ImportOptions options, CancellationToken ct) =>
        options.DryRun ? tx.RollbackAsync(ct) : tx.CommitAsync(ct);

    private static CommandDefinition Command(string sql, object? args, MySqlTransaction tx, CancellationToken ct) =>
        new(sql, args, tx, NoTimeout, cancellationToken: ct);
}
