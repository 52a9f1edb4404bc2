using System.Globalization;
using System.Text;

namespace AdaptiveLearning.Bench.Load;

/// <summary>Turns scripts/bench's results file into the "API under load" section of docs/benchmarks.md.</summary>
internal static class ReportWriter
{
    public const string Heading = "## API under load (scripts/bench)";
    private const string BeforeFileName = "benchmarks-before.md";
    private static readonly string[] ReplacedHeadings = [Heading, "## API reads (HTTP load harness)"];

    public static int Run(string resultsFile, string markdownFile, string? bank, string? load, string? bulkFile, string? settings, string? sectionFile)
    {
        var rows = File.ReadAllLines(resultsFile).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(BenchRow.Parse).ToList();
        var beforeFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(markdownFile))!, BeforeFileName);
        var before = sectionFile is not null
            ? $"This run is the baseline before the read-caching and answer-path changes; the same section is kept in [{BeforeFileName}]({BeforeFileName})."
            : File.Exists(beforeFile) ? $"The baseline from the same harness, before the read-caching and answer-path changes: [{BeforeFileName}]({BeforeFileName})." : null;
        var section = Section(rows, bank ?? "unknown", load ?? "unknown", bulkFile is not null && File.Exists(bulkFile) ? File.ReadAllText(bulkFile) : null,
            settings, before);
        Console.WriteLine(section);
        if (sectionFile is not null)
            File.WriteAllText(sectionFile, "# Benchmarks before the caching and answer-path changes\n\n" + section);
        var existing = File.Exists(markdownFile) ? File.ReadAllText(markdownFile) : "# Benchmarks\n";
        File.WriteAllText(markdownFile, Replace(existing, section));
        return 0;
    }

    private static string Section(List<BenchRow> rows, string bank, string load, string? bulk, string? settings, string? before)
    {
        var by = rows.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Last());
        var ceiling = by.GetValueOrDefault("ceiling")?.Rps ?? 0;
        var me = by.GetValueOrDefault("me")?.Rps ?? 0;
        var s = new StringBuilder();
        s.AppendLine(Heading).AppendLine();
        s.AppendLine("Command (installs wrk, MariaDB and Redis if missing, starts its own servers and the API under `.data/bench`, stops them at the end):").AppendLine();
        s.AppendLine("```bash").AppendLine("scripts/bench [--learners N] [--seconds S] [--with-1m]").AppendLine("```").AppendLine();
        s.AppendLine(Inv($"Measured on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average at the start of the measurements: {load}; bank: {bank}."));
        if (settings is not null)
            s.AppendLine(settings);
        if (before is not null)
            s.AppendLine().AppendLine(before);
        s.AppendLine();
        s.AppendLine("| route | connections | req/s | p50 ms | p99 ms | errors | ratio to ceiling | ratio to reference |");
        s.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in rows)
        {
            var reference = Reference(r, by, me);
            var note = r.Acknowledged is { } ack ? Inv($" (acknowledged {ack:N0}, stored {r.Stored:N0})") : "";
            s.AppendLine(Inv($"| {r.Route}{note} | {r.Connections} | {Rate(r.Rps)} | {r.P50Ms:F2} | {r.P99Ms:F2} | {r.Errors} | {Ratio(r.Rps, ceiling)} | {reference} |"));
        }
        s.AppendLine().AppendLine("Targets (issue #12):").AppendLine();
        foreach (var line in TargetCheck.Lines(by, ceiling, me))
            s.AppendLine(line);
        if (bulk is not null)
            s.AppendLine().AppendLine("Raw bulk copy and import on the same server in the same run (`scripts/import --benchmark`):").AppendLine().Append(bulk.TrimEnd()).AppendLine();
        return s.ToString();
    }

    private static string Reference(BenchRow r, Dictionary<string, BenchRow> by, double me)
    {
        if (r.Key.StartsWith("answers-", StringComparison.Ordinal) && by.GetValueOrDefault($"rawtx-{r.Connections}") is { } raw)
            return Ratio(r.Rps, raw.Rps) + Inv($" of raw tx at {r.Connections}");
        if (r.Key.StartsWith("next-", StringComparison.Ordinal) && me > 0)
            return Ratio(r.Rps, me) + " of /users/me";
        return "";
    }

    /// <summary>Whole requests a second, with a decimal for the slow routes where a whole number hides the difference.</summary>
    public static string Rate(double rps) => rps < 100 ? Inv($"{rps:N1}") : Inv($"{rps:N0}");

    public static string Ratio(double value, double reference) => reference > 0 ? Inv($"{value / reference:F2}") : "n/a";

    public static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Replace(string markdown, string section)
    {
        var lines = markdown.Split('\n').ToList();
        var start = lines.FindIndex(l => ReplacedHeadings.Contains(l.TrimEnd()));
        if (start < 0)
            return markdown.TrimEnd() + "\n\n" + section;
        var end = lines.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        var after = end < 0 ? "" : "\n" + string.Join('\n', lines.Skip(end));
        return string.Join('\n', lines.Take(start)) + "\n" + section + after;
    }
}
