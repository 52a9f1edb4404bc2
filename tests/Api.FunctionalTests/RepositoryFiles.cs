namespace AdaptiveLearning.Api.FunctionalTests;

/// <summary>Files of the repository the tests run in, found from the test binaries upwards.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string OpenApiDocument => Path.Combine(Root, "sdk", "openapi", "openapi.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AdaptiveLearning.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("AdaptiveLearning.sln not found above " + AppContext.BaseDirectory);
    }
}
