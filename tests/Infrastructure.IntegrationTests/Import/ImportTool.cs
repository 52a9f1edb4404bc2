using System.Diagnostics;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.Import;

/// <summary>Starts the built scripts/import console program as a child process against the test database.</summary>
internal static class ImportTool
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Dll());
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["ConnectionStrings__Learning"] = TestEnvironment.ConnectionString;
        return Process.Start(start) ?? throw new InvalidOperationException("could not start the import tool");
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        return (process.ExitCode, await output + await error);
    }

    private static string Dll()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var dll = Path.Combine(dir.FullName, "scripts", "import", "bin", Configuration, "net10.0", "import.dll");
            if (File.Exists(dll))
                return dll;
        }
        throw new FileNotFoundException("scripts/import is not built; build the solution first.");
    }
}
