using System.Text;

namespace AdaptiveLearning.Evaluate;

/// <summary>
/// docs/evaluation.md holds one section per evaluation run target (a dataset or a review log), each between
/// <c>&lt;!-- {key}:start --&gt;</c> and <c>&lt;!-- {key}:end --&gt;</c>. A run rewrites only its own section,
/// so knowledge-tracing and spaced-repetition results can live in one document.
/// </summary>
internal static class EvaluationDocument
{
    private const string Header = """
        # Evaluation

        Produced by the `scripts/evaluate` console program; each run rewrites its own section below.

        ```
        dotnet run --project scripts/evaluate -c Release -- kt --train FILE [--test FILE] [--json OUT] [--models DIR] [--doc FILE]
        dotnet run --project scripts/evaluate -c Release -- kt --train ../shared/datasets/knowledge-tracing/assistments09/train.tsv
        dotnet run --project scripts/evaluate -c Release -- kt --train ../shared/datasets/knowledge-tracing/statics/train.tsv --json /tmp/statics.json --models models
        dotnet run --project scripts/evaluate -c Release -- srs --log FILE [--json OUT] [--doc FILE]
        dotnet run --project scripts/evaluate -c Release -- kt --train ../shared/datasets/knowledge-tracing/statics/train.tsv --select cv
        dotnet run --project scripts/evaluate -c Release -- policy --abilities ../shared/datasets/knowledge-tracing/assistments09/train.tsv --section large-scope
        dotnet run --project scripts/evaluate -c Release -- placement --abilities ../shared/datasets/knowledge-tracing/assistments09/train.tsv
        ```

        """;

    public static string DefaultPath { get; } = Path.Combine(RepositoryRoot(), "docs", "evaluation.md");

    public static void WriteSection(string path, string key, string markdown)
    {
        var start = $"<!-- {key}:start -->";
        var end = $"<!-- {key}:end -->";
        var section = $"{start}\n{markdown.TrimEnd()}\n{end}";
        var document = File.Exists(path) ? File.ReadAllText(path) : Header;
        var from = document.IndexOf(start, StringComparison.Ordinal);
        var to = document.IndexOf(end, StringComparison.Ordinal);
        var updated = from >= 0 && to > from
            ? new StringBuilder(document).Remove(from, to + end.Length - from).Insert(from, section).ToString()
            : document.TrimEnd() + "\n\n" + section + "\n";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, updated);
    }

    /// <summary>The checkout root, found from the working directory, so `dotnet run` works from anywhere inside it.</summary>
    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AdaptiveLearning.sln")))
            {
                return directory.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
