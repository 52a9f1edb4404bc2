using AdaptiveLearning.Application.Imports.Format;

namespace AdaptiveLearning.Application.Imports.ImportQuestions;

/// <summary>The state of one run: ids seen so far (duplicates span files) and the report as it grows.</summary>
internal sealed class ImportRun(int filesTotal, long bytesTotal)
{
    private readonly Dictionary<string, (string File, int Index)> _seen = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<FileReport> _files = [];
    private readonly List<ImportProblem> _problems = [];
    private readonly List<ImportProblem> _warnings = [];
    private readonly List<MovedQuestion> _moves = [];
    private ImportCounts _total = ImportCounts.None;
    private long _bytesDone;
    private int _published, _nodesCreated, _nodesUpdated;

    /// <summary>
    /// Flags every question whose id an earlier item of this run already used. The database compares ids
    /// case-insensitively, so this does too.
    /// </summary>
    public void CheckDuplicates(ParsedFile file)
    {
        foreach (var question in file.Questions.ToList())
        {
            if (_seen.TryGetValue(question.ExternalId, out var first))
            {
                file.AddProblem(question.Index, question.ExternalId, "id", $"duplicate id within the run: already used by {first.File} [{first.Index}]");
                file.Questions.Remove(question);
            }
            else
            {
                _seen[question.ExternalId] = (file.File.Name, question.Index);
            }
        }
    }

    public void RecordHierarchy(ParsedFile file, HierarchyOutcome outcome)
    {
        _problems.AddRange(file.Problems);
        _nodesCreated += outcome.Created;
        _nodesUpdated += outcome.Updated;
        _files.Add(new FileReport(file.File.Name, null, file.Problems.Count > 0, ImportCounts.None with { Invalid = file.InvalidCount }));
        _total += ImportCounts.None with { Invalid = file.InvalidCount };
        _bytesDone += file.File.Length;
    }

    public void Record(IReadOnlyList<ParsedFile> chunk, IReadOnlyList<ParsedFile> written, BatchOutcome outcome)
    {
        for (var i = 0; i < chunk.Count; i++)
        {
            var file = chunk[i];
            var at = IndexOf(written, file);
            var counts = at >= 0 ? outcome.PerFile[at] : ImportCounts.None with { Invalid = file.InvalidCount };
            _files.Add(new FileReport(file.File.Name, file.Facet?.ToString(), at < 0, counts));
            _problems.AddRange(file.Problems);
            _warnings.AddRange(file.Warnings);
            _total += counts;
            _bytesDone += file.File.Length;
        }
        _moves.AddRange(outcome.Moves);
        _published += outcome.Published;
        _nodesCreated += outcome.NodesCreated;
    }

    public ImportProgress Progress() => new(_files.Count, filesTotal, _bytesDone, bytesTotal, _total);

    public ImportReport ToReport(bool dryRun, TimeSpan elapsed) => new()
    {
        DryRun = dryRun,
        Total = _total,
        Published = _published,
        NodesCreated = _nodesCreated,
        NodesUpdated = _nodesUpdated,
        Files = _files,
        Problems = _problems,
        Warnings = _warnings,
        Moves = _moves,
        ElapsedSeconds = Math.Round(elapsed.TotalSeconds, 3),
    };

    private static int IndexOf(IReadOnlyList<ParsedFile> files, ParsedFile file)
    {
        for (var i = 0; i < files.Count; i++)
            if (ReferenceEquals(files[i], file)) return i;
        return -1;
    }
}
