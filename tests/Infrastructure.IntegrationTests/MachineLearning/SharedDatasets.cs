namespace AdaptiveLearning.Infrastructure.IntegrationTests.MachineLearning;

/// <summary>
/// The shared datasets sit beside the checkout on project machines (or where ADAPTIVE_SHARED_DIR points);
/// a plain clone has none, and tests that need them are ignored there.
/// </summary>
internal static class SharedDatasets
{
    public static string? Find(string relativePath)
    {
        if (Environment.GetEnvironmentVariable("ADAPTIVE_SHARED_DIR") is { Length: > 0 } shared)
        {
            var candidate = Path.Combine(shared, "datasets", relativePath);
            return File.Exists(candidate) ? candidate : null;
        }

        for (var directory = new DirectoryInfo(TestContextDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "datasets", relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string TestContextDirectory() => AppContext.BaseDirectory;
}
