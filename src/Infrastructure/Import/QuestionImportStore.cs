using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Application.Imports.Format;
using Dapper;
using MySqlConnector;

namespace AdaptiveLearning.Infrastructure.Import;

/// <summary>
/// One transaction per batch: create missing nodes, LOAD DATA into staging, then a fixed handful of
/// set-based statements (classify, insert, update, version, tag) regardless of the batch size.
/// </summary>
internal sealed class QuestionImportStore(MySqlDataSource db, IClock clock) : IQuestionImportStore
{
    private const int NoTimeout = 0;

    public async Task<IAsyncDisposable> LockAsync(CancellationToken ct) => await ImportLock.AcquireAsync(db, ct);

    public async Task<HierarchyOutcome> ApplyHierarchyAsync(IReadOnlyList<HierarchyNodeInfo> nodes, ImportOptions options, CancellationToken ct)
    {
        var now = clock.UtcNow.UtcDateTime;
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var infos = nodes.ToDictionary(n => n.Path);
        var (_, created) = await HierarchyWriter.EnsureAsync(connection, tx, infos.Keys, infos, now, ct);
        var updated = await HierarchyWriter.DescribeAsync(connection, tx, nodes, now, ct);
        await EndAsync(tx, options, ct);
        return new HierarchyOutcome(created, updated);
    }

    public async Task<BatchOutcome> ApplyBatchAsync(IReadOnlyList<ParsedFile> files, ImportOptions options, CancellationToken ct)
    {
        var now = clock.UtcNow.UtcDateTime;
        var args = new { Now = now, UserId = options.UserId?.ToString(), Status = options.Publish ? "published" : "draft" };
        await using var connection = await db.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(StagingTables.Create, cancellationToken: ct));
        await using var tx = await connection.BeginTransactionAsync(ct);

        var (facetIds, nodesCreated) = await HierarchyWriter.EnsureAsync(connection, tx, files.Select(f => f.Facet!),
            new Dictionary<Domain.Content.HierarchyPath, HierarchyNodeInfo>(), now, ct);
        await StagingLoader.LoadAsync(connection, files, facetIds, ct);

        await ExecuteAsync(connection, tx, QuestionUpsertSql.Classify, args, ct);
        var published = options.Publish ? await connection.ExecuteScalarAsync<int>(Command(QuestionUpsertSql.CountToPublish, args, tx, ct)) : 0;
        await ExecuteAsync(connection, tx, QuestionUpsertSql.InsertCreated, args, ct);
        await ExecuteAsync(connection, tx, QuestionUpsertSql.LinkCreated, args, ct);
        await ExecuteAsync(connection, tx, QuestionUpsertSql.UpdateChanged, args, ct);
        if (options.Publish)
            await ExecuteAsync(connection, tx, QuestionUpsertSql.PublishExisting, args, ct);
        await ExecuteAsync(connection, tx, QuestionUpsertSql.InsertVersions, args, ct);
        await ExecuteAsync(connection, tx, QuestionUpsertSql.ReplaceTags, args, ct);

        var counts = await connection.QueryAsync<(long FileNo, long Action, long Count)>(Command(QuestionUpsertSql.CountsPerFile, null, tx, ct));
        var moves = await connection.QueryAsync<MovedQuestion>(Command(QuestionUpsertSql.Moves, null, tx, ct));
        await EndAsync(tx, options, ct);
        return new BatchOutcome(PerFile(files.Count, counts), moves.ToList(), nodesCreated, published);
    }

    private static IReadOnlyList<ImportCounts> PerFile(int fileCount, IEnumerable<(long FileNo, long Action, long Count)> rows)
    {
        var perFile = Enumerable.Repeat(ImportCounts.None, fileCount).ToArray();
        foreach (var (fileNo, action, count) in rows)
        {
            var file = (int)fileNo;
            var n = (int)count;
            perFile[file] = (ImportAction)action switch
            {
                ImportAction.Created => perFile[file] with { Created = n },
                ImportAction.Updated => perFile[file] with { Updated = n },
                ImportAction.Unchanged => perFile[file] with { Unchanged = n },
                _ => perFile[file] with { Moved = n },
            };
        }
        return perFile;
    }

    private static Task EndAsync(MySqlTransaction tx, ImportOptions options, CancellationToken ct) =>
        options.DryRun ? tx.RollbackAsync(ct) : tx.CommitAsync(ct);

    private static Task<int> ExecuteAsync(MySqlConnection c, MySqlTransaction tx, string sql, object args, CancellationToken ct) =>
        c.ExecuteAsync(Command(sql, args, tx, ct));

    private static CommandDefinition Command(string sql, object? args, MySqlTransaction tx, CancellationToken ct) =>
        new(sql, args, tx, NoTimeout, cancellationToken: ct);
}
