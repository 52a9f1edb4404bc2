using AdaptiveLearning.Application.Imports.Format.Bank;
using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.ImportTool;

/// <summary>The command line, parsed by hand: a handful of flags does not need a parser package.</summary>
internal sealed record ImportArguments
{
    public const string Usage = """
        usage:
          import PATH... [--format FORMAT] [--dry-run] [--publish] [--report FILE] [--quiet]
          import --export DIR [--node PATH] [--format FORMAT]
          import --benchmark [--size N] [--bank DIR]
          import --generate DIR [--size N]
        PATH is a facet file (<topic>__<subtopic>__<leaf>__<facet>.json, .csv, .tsv, .gift, .aiken, .xml), an Anki .apkg,
        a _hierarchy.json, or a folder of them. FORMAT (json, csv, tsv, gift, aiken, moodle_xml, anki) overrides the
        extension; --export writes json, csv, tsv, gift or moodle_xml.
        Exit code: 0 when nothing was invalid, 1 when something was, 2 when the import could not run.
        """;

    public List<string> Paths { get; } = [];
    public bool DryRun { get; private init; }
    public bool Publish { get; private init; }
    public bool Quiet { get; private init; }
    public string? ReportFile { get; private init; }
    public string? ExportDirectory { get; private init; }
    public string? Node { get; private init; }
    public BankFormat? Format { get; private init; }
    public bool Benchmark { get; private init; }
    public int BenchmarkSize { get; private init; } = 1_000_000;
    public string? BenchmarkBank { get; private init; }
    public string? GenerateDirectory { get; private init; }

    /// <returns>The arguments, or null with a message when they make no sense.</returns>
    public static (ImportArguments? Arguments, string? Error) Parse(string[] args)
    {
        var paths = new List<string>();
        var flags = new HashSet<string>();
        var values = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "--report" or "--export" or "--node" or "--size" or "--bank" or "--generate" or "--format")
            {
                if (i + 1 >= args.Length) return (null, $"{arg} needs a value");
                values[arg] = args[++i];
            }
            else if (arg is "--dry-run" or "--publish" or "--quiet" or "--benchmark") flags.Add(arg);
            else if (arg.StartsWith("--", StringComparison.Ordinal)) return (null, $"unknown option {arg}");
            else paths.Add(arg);
        }
        BankFormat? format = null;
        if (values.TryGetValue("--format", out var formatName))
        {
            if (!WireNames.TryParse(formatName, out BankFormat chosen))
                return (null, $"--format must be one of {BankFormats.Names}");
            format = chosen;
        }
        var parsed = new ImportArguments
        {
            Format = format,
            DryRun = flags.Contains("--dry-run"),
            Publish = flags.Contains("--publish"),
            Quiet = flags.Contains("--quiet"),
            Benchmark = flags.Contains("--benchmark"),
            ReportFile = values.GetValueOrDefault("--report"),
            ExportDirectory = values.GetValueOrDefault("--export"),
            Node = values.GetValueOrDefault("--node"),
            BenchmarkBank = values.GetValueOrDefault("--bank"),
            GenerateDirectory = values.GetValueOrDefault("--generate"),
            BenchmarkSize = values.TryGetValue("--size", out var size) && int.TryParse(size, out var n) && n > 0 ? n : 1_000_000,
        };
        parsed.Paths.AddRange(paths);
        if (!parsed.Benchmark && parsed.ExportDirectory is null && parsed.GenerateDirectory is null && paths.Count == 0)
            return (null, "give at least one PATH, --export DIR, --generate DIR or --benchmark");
        if (format is { } f && parsed.ExportDirectory is not null && !BankFormats.Writable.Contains(f))
            return (null, $"--export writes {BankFormats.WritableNames}");
        if (parsed.Node is not null && parsed.ExportDirectory is null)
            return (null, "--node only applies to --export");
        return (parsed, null);
    }
}
