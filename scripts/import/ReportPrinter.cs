using System.Text.Json;
using AdaptiveLearning.Application.Imports;

namespace AdaptiveLearning.ImportTool;

/// <summary>The text summary on stdout and the JSON report for --report.</summary>
internal static class ReportPrinter
{
    private const int MaxListed = 50;
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Print(ImportReport report, bool quiet)
    {
        var output = Console.Out;
        if (!quiet)
            foreach (var file in report.Files)
                output.WriteLine($"{(file.Rejected ? "REJECTED" : "ok"),-8} {file.Counts}  {file.File}");
        List("problem", report.Problems.Select(p => p.ToString()).ToList(), output);
        if (!quiet)
        {
            List("warning", report.Warnings.Select(p => p.ToString()).ToList(), output);
            List("moved", report.Moves.Select(m => $"{m.ExternalId}: {m.From} -> {m.To}").ToList(), output);
        }
        var rejected = report.Files.Count(f => f.Rejected);
        output.WriteLine($"{(report.DryRun ? "dry run (nothing written): " : "")}total: {report.Total} " +
                         $"in {report.Files.Count} files ({rejected} rejected), {report.ElapsedSeconds:F1} s");
        if (report.NodesCreated + report.NodesUpdated + report.Published > 0)
            output.WriteLine($"hierarchy nodes created {report.NodesCreated}, renamed {report.NodesUpdated}; published {report.Published}");
        if (report.ChangedNothing && report.Total.Invalid == 0)
            output.WriteLine("Nothing changed: the database already matches these files.");
    }

    public static async Task WriteJsonAsync(ImportReport report, string path, CancellationToken ct)
    {
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, report, Json, ct);
    }

    private static void List(string label, IReadOnlyList<string> lines, TextWriter output)
    {
        foreach (var line in lines.Take(MaxListed))
            output.WriteLine($"{label}: {line}");
        if (lines.Count > MaxListed)
            output.WriteLine($"... and {lines.Count - MaxListed} more {label}s (all of them are in --report)");
    }
}
