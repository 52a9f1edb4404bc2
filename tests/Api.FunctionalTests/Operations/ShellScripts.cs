using System.Diagnostics;
using System.Text;

namespace AdaptiveLearning.Api.FunctionalTests.Operations;

/// <summary>Runs a program or one of the repository's scripts/ to its end, as an operator would from a shell.</summary>
internal static class ShellScripts
{
    public sealed record Result(int ExitCode, string Output);

    /// <summary>Runs scripts/<paramref name="name"/> from the repository root with the extra environment given.</summary>
    public static Task<Result> RepositoryScriptAsync(string name, IEnumerable<string> arguments, IDictionary<string, string?>? environment = null) =>
        RunAsync("bash", [Path.Combine(RepositoryFiles.Root, "scripts", name), .. arguments], environment);

    public static async Task<Result> RunAsync(string program, IEnumerable<string> arguments,
        IDictionary<string, string?>? environment = null, int timeoutSeconds = 60)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryFiles.Root,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
            start.Environment[key] = value;

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        // Both streams are drained as they come: a full pipe would stall the script.
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', start.ArgumentList)} took over {timeoutSeconds}s:\n{output}");
        }
        await process.WaitForExitAsync(); // flushes the last output lines
        lock (output) return new Result(process.ExitCode, output.ToString());
    }
}
