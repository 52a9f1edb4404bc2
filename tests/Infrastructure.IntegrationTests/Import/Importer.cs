using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Imports.ExportQuestions;
using AdaptiveLearning.Application.Imports.ImportQuestions;
using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Infrastructure.Imports;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.Import;

/// <summary>Runs the import and export use cases the way the console program does.</summary>
internal static class Importer
{
    public static string Fixture(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Import", "Fixtures", name);

    public static async Task<ImportReport> ImportAsync(string path, ImportOptions? options = null)
    {
        await using var scope = IntegrationTests.Fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IHandler<ImportQuestionsCommand, ImportReport>>()
            .HandleAsync(new ImportQuestionsCommand(ImportFileSource.Collect([path]), options ?? new ImportOptions()), CancellationToken.None);
    }

    public static async Task<ExportSummary> ExportAsync(string directory, string? node = null)
    {
        await using var scope = IntegrationTests.Fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IHandler<ExportQuestionsCommand, ExportSummary>>()
            .HandleAsync(new ExportQuestionsCommand(node, new FolderTarget(directory)), CancellationToken.None);
    }

    public static async Task<T> ScalarAsync<T>(string sql, object? args = null)
    {
        await using var connection = await IntegrationTests.Fixture.OpenAsync();
        return await connection.ExecuteScalarAsync<T>(sql, args) ?? throw new InvalidOperationException(sql);
    }

    /// <summary>One folder per test run, so runs of several checkouts on one machine never delete each other's files.</summary>
    public static string TempRoot { get; } = Path.Combine(Path.GetTempPath(), "adaptive-import-tests", Guid.NewGuid().ToString("N"));

    public static string TempDirectory()
    {
        var dir = Path.Combine(TempRoot, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private sealed class FolderTarget(string directory) : IExportTarget
    {
        public Task WriteAsync(string fileName, byte[] content, CancellationToken ct) =>
            File.WriteAllBytesAsync(Path.Combine(directory, fileName), content, ct);
    }
}
