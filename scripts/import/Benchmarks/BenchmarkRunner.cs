using System.Diagnostics;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Imports.ImportQuestions;
using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Infrastructure.Imports;
using AdaptiveLearning.Infrastructure.Persistence;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;

namespace AdaptiveLearning.ImportTool.Benchmarks;

/// <summary>
/// A plain harness, not a timed test: each import runs once into a freshly created database
/// (learning_bench) on the configured server, and the raw bulk-copy ceiling is measured in the same run.
/// </summary>
internal static class BenchmarkRunner
{
    public static async Task<int> RunAsync(ImportArguments arguments, IServiceProvider services, CancellationToken ct)
    {
        var configured = services.GetRequiredService<IConfiguration>().GetConnectionString("Learning")!;
        var bench = new MySqlConnectionStringBuilder(configured) { Database = "learning_bench" }.ConnectionString;
        var size = arguments.BenchmarkSize;
        var bank = arguments.BenchmarkBank ?? Path.Combine(Path.GetTempPath(), $"adaptive-bench-bank-{size}");
        await EnsureBankAsync(bank, size, ct);

        var lines = new List<string> { "| run | questions | seconds | questions/s |", "|---|---:|---:|---:|" };
        if (SharedDatasets.OpenTriviaQa() is { } trivia)
        {
            await RecreateAsync(bench, ct);
            lines.Add(await TimeImportAsync("opentriviaqa, first import", bench, trivia, ct));
            lines.Add(await TimeImportAsync("opentriviaqa, re-import (all unchanged)", bench, trivia, ct));
        }
        await RecreateAsync(bench, ct);
        var raw = await RawBulkCopyBaseline.MeasureRowsPerSecondAsync(bench, size, ct);
        lines.Add($"| raw MySqlBulkCopy into a copy of `questions` | {size:N0} | {size / raw:F1} | {raw:N0} |");
        lines.Add(await TimeImportAsync($"generated bank, first import", bench, bank, ct));
        lines.Add(await TimeImportAsync($"generated bank, re-import (all unchanged)", bench, bank, ct));

        foreach (var line in lines)
            Console.WriteLine(line);
        return 0;
    }

    private static async Task<string> TimeImportAsync(string label, string connectionString, string path, CancellationToken ct)
    {
        using var host = ToolHost.Build(quiet: true, connectionString);
        await using var scope = host.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetRequiredService<IHandler<ImportQuestionsCommand, ImportReport>>();
        var started = Stopwatch.GetTimestamp();
        var report = await handler.HandleAsync(new ImportQuestionsCommand(ImportFileSource.Collect([path]), new ImportOptions()), ct);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Console.Error.WriteLine($"{label}: {report.Total} in {seconds:F1} s");
        return $"| {label} | {report.Total.Total:N0} | {seconds:F1} | {report.Total.Total / seconds:N0} |";
    }

    private static async Task RecreateAsync(string connectionString, CancellationToken ct)
    {
        var builder = new MySqlConnectionStringBuilder(connectionString);
        var database = builder.Database;
        builder.Database = "";
        await using (var server = new MySqlConnection(builder.ConnectionString))
        {
            await server.OpenAsync(ct);
            await server.ExecuteAsync($"DROP DATABASE IF EXISTS `{database}`; CREATE DATABASE `{database}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        using var host = ToolHost.Build(quiet: true, connectionString);
        await host.Services.GetRequiredService<Migrator>().MigrateAsync(ct);
    }

    private static async Task EnsureBankAsync(string directory, int size, CancellationToken ct)
    {
        var marker = Path.Combine(directory, ".complete");
        if (File.Exists(marker))
            return;
        Console.Error.WriteLine($"generating {size:N0} questions in {directory}");
        await BankGenerator.WriteAsync(directory, size, ct);
        await File.WriteAllTextAsync(marker, size.ToString(), ct);
    }
}
