namespace AdaptiveLearning.Evaluate;

/// <summary>`command --name value ...` parsing; the harness has too few options to justify a library.</summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    private CommandArguments(string command, string[] raw) => (Command, Raw) = (command, raw);

    public string Command { get; }

    /// <summary>The options as typed, for quoting the command in a report.</summary>
    public IReadOnlyList<string> Raw { get; }

    public static CommandArguments? Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            return null;
        }

        var parsed = new CommandArguments(args[0], args[1..]);
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                return null;
            }

            parsed._options[args[i][2..]] = args[i + 1];
        }

        return parsed;
    }

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public int? IntOption(string name) =>
        Option(name) is { } value ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : null;
}
