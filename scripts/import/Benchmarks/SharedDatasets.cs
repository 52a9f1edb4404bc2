namespace AdaptiveLearning.ImportTool.Benchmarks;

/// <summary>The shared datasets folder beside the checkout (or ADAPTIVE_SHARED_DIR), never copied into the repository.</summary>
internal static class SharedDatasets
{
    public static string? OpenTriviaQa()
    {
        var shared = Environment.GetEnvironmentVariable("ADAPTIVE_SHARED_DIR");
        if (shared is not null)
            return Existing(Path.Combine(shared, "datasets", "opentriviaqa"));
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (Existing(Path.Combine(dir.FullName, "shared", "datasets", "opentriviaqa")) is { } found)
                return found;
        return null;
    }

    private static string? Existing(string path) => Directory.Exists(path) ? path : null;
}
