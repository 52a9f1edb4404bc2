namespace AdaptiveLearning.Bench.Load;

/// <summary>Positional arguments and <c>--name value</c> pairs; the bench script is the only caller.</summary>
internal sealed class CommandLine
{
    private readonly Dictionary<string, string> _values = [];

    public List<string> Positional { get; } = [];

    public static CommandLine Parse(IEnumerable<string> args)
    {
        var parsed = new CommandLine();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            if (e.Current.StartsWith("--", StringComparison.Ordinal))
                parsed._values[e.Current[2..]] = e.MoveNext() ? e.Current : "";
            else
                parsed.Positional.Add(e.Current);
        }
        return parsed;
    }

    public int Int(string name, int fallback) => _values.TryGetValue(name, out var v) && int.TryParse(v, out var n) ? n : fallback;

    public string? Text(string name) => _values.GetValueOrDefault(name);
}
