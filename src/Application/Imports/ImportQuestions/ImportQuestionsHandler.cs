using System.Diagnostics;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Imports.Format;
using AdaptiveLearning.Application.Imports.Format.Bank;

namespace AdaptiveLearning.Application.Imports.ImportQuestions;

/// <summary>
/// Parses files in chunks of about <see cref="ChunkBytes"/> on all cores while the previous chunk is being
/// written, and writes each chunk's valid files in one transaction: a killed run loses at most one chunk,
/// and running again finds the committed ones unchanged.
/// </summary>
internal sealed class ImportQuestionsHandler(IQuestionImportStore store, IBankPackageReader packages) : IHandler<ImportQuestionsCommand, ImportReport>
{
    internal const long ChunkBytes = 8 * 1024 * 1024;
    // Nothing overlaps the first chunk's parsing, so it is kept small to start writing sooner.
    private const long FirstChunkBytes = 1024 * 1024;

    public async Task<ImportReport> HandleAsync(ImportQuestionsCommand command, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var options = command.Options;
        var run = new ImportRun(command.Files.Count, command.Files.Sum(f => f.Length));

        await using (await store.LockAsync(ct))
        {
            await ImportHierarchyAsync(command.Files.Where(f => f.IsHierarchy).ToList(), run, options, ct);
            var chunks = Chunk(command.Files.Where(f => !f.IsHierarchy)).ToList();
            var next = chunks.Count > 0 ? ParseAsync(chunks[0], ct) : null;
            for (var i = 0; next is not null; i++)
            {
                var chunk = await next;
                next = i + 1 < chunks.Count ? ParseAsync(chunks[i + 1], ct) : null;
                foreach (var file in chunk)
                    run.CheckDuplicates(file);
                var valid = chunk.Where(f => f.IsValid).ToList();
                var outcome = valid.Count > 0
                    ? await store.ApplyBatchAsync(valid, options, ct)
                    : new BatchOutcome([], [], 0, 0);
                run.Record(chunk, valid, outcome);
                command.Progress?.Report(run.Progress());
            }
        }

        return run.ToReport(options.DryRun, Stopwatch.GetElapsedTime(started));
    }

    private async Task ImportHierarchyAsync(IReadOnlyList<ImportFile> files, ImportRun run, ImportOptions options, CancellationToken ct)
    {
        foreach (var file in files)
        {
            var (nodes, parsed) = HierarchyFileParser.Parse(file, await file.ReadAsync(ct));
            var outcome = parsed.Problems.Count == 0
                ? await store.ApplyHierarchyAsync(nodes, options, ct)
                : new HierarchyOutcome(0, 0);
            run.RecordHierarchy(parsed, outcome);
        }
    }

    private Task<ParsedFile[]> ParseAsync(IReadOnlyList<ImportFile> files, CancellationToken ct) => Task.Run(async () =>
    {
        var parsed = new ParsedFile[files.Count];
        await Parallel.ForAsync(0, files.Count, ct, async (i, token) =>
            parsed[i] = QuestionFileParser.Parse(files[i], await files[i].ReadAsync(token), packages));
        return parsed;
    }, ct);

    private static IEnumerable<IReadOnlyList<ImportFile>> Chunk(IEnumerable<ImportFile> files)
    {
        var chunk = new List<ImportFile>();
        long bytes = 0;
        var first = true;
        foreach (var file in files)
        {
            chunk.Add(file);
            bytes += file.Length;
            if (bytes < (first ? FirstChunkBytes : ChunkBytes)) continue;
            yield return chunk;
            first = false;
            chunk = [];
            bytes = 0;
        }
        if (chunk.Count > 0)
            yield return chunk;
    }
}
