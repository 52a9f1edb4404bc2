using System.Diagnostics;
using AdaptiveLearning.Application.Imports;
using Spectre.Console;

namespace AdaptiveLearning.ImportTool;

/// <summary>A live bar with rate and ETA on a terminal; a plain line every few seconds when output is redirected.</summary>
internal static class ConsoleProgress
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(2);

    public static async Task<T> RunAsync<T>(bool quiet, Func<IProgress<ImportProgress>?, Task<T>> work)
    {
        if (quiet)
            return await work(null);
        if (Console.IsOutputRedirected)
            return await work(new PlainLines());

        T result = default!;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("reading files", maxValue: 1);
                result = await work(new BarProgress(task));
                task.Value = task.MaxValue;
            });
        return result;
    }

    private static string Describe(ImportProgress p, TimeSpan elapsed)
    {
        var questions = p.SoFar.Total;
        var rate = elapsed.TotalSeconds > 0 ? questions / elapsed.TotalSeconds : 0;
        return $"{p.FilesDone}/{p.FilesTotal} files, {questions:N0} questions ({rate:N0}/s)";
    }

    private sealed class BarProgress(ProgressTask task) : IProgress<ImportProgress>
    {
        private readonly long _started = Stopwatch.GetTimestamp();

        public void Report(ImportProgress value)
        {
            task.MaxValue = Math.Max(1, value.BytesTotal);
            task.Value = value.BytesDone;
            task.Description = Describe(value, Stopwatch.GetElapsedTime(_started));
        }
    }

    private sealed class PlainLines : IProgress<ImportProgress>
    {
        private readonly long _started = Stopwatch.GetTimestamp();
        private TimeSpan _lastPrinted = TimeSpan.Zero;

        public void Report(ImportProgress value)
        {
            var elapsed = Stopwatch.GetElapsedTime(_started);
            if (elapsed - _lastPrinted < PlainInterval && value.FilesDone < value.FilesTotal)
                return;
            _lastPrinted = elapsed;
            var percent = value.BytesTotal > 0 ? 100.0 * value.BytesDone / value.BytesTotal : 100;
            Console.WriteLine($"progress {percent:F0}%: {Describe(value, elapsed)}");
        }
    }
}
