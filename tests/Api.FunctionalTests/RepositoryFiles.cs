namespace AdaptiveLearning.Api.FunctionalTests;

/// <summary>Files of the repository the tests run in, found from the test binaries upwards.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public const string OpenApiDocumentPath = "sdk/openapi/openapi.json";

    public static string OpenApiDocument => Path.Combine(Root, OpenApiDocumentPath);

    /// <summary>
    /// The file as committed at HEAD: the build rewrites the working copy, so only the commit shows
    /// whether someone forgot to commit the regenerated document. Null outside a git checkout.
    /// </summary>
    public static async Task<string?> CommittedAsync(string path)
    {
        try
        {
            using var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", ["show", $"HEAD:{path}"])
            {
                WorkingDirectory = Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var content = await git.StandardOutput.ReadToEndAsync();
            await git.WaitForExitAsync();
            return git.ExitCode == 0 ? content : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no git on this machine
        }
    }

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
