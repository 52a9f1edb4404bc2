namespace AdaptiveLearning.Infrastructure.IntegrationTests;

/// <summary>The real MariaDB that scripts/test started, with a database of this assembly's own.</summary>
internal static class TestEnvironment
{
    public const string Database = "learning_infra_tests";

    public static string Server =>
        Environment.GetEnvironmentVariable("ADAPTIVE_TEST_SERVER") ?? "Server=127.0.0.1;Port=3308;User ID=root;";

    public static string ConnectionString => $"{Server.TrimEnd(';')};Database={Database};AllowLoadLocalInfile=true;AllowUserVariables=true";

    /// <summary>The shared datasets folder beside the checkout (or ADAPTIVE_SHARED_DIR); null when this machine has none.</summary>
    public static string? SharedDatasets()
    {
        if (Environment.GetEnvironmentVariable("ADAPTIVE_SHARED_DIR") is { } shared)
            return Directory.Exists(Path.Combine(shared, "datasets")) ? Path.Combine(shared, "datasets") : null;
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "datasets");
            if (Directory.Exists(candidate))
                return candidate;
        }
        return null;
    }
}
