using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Imports.ExportQuestions;
using AdaptiveLearning.Application.Imports.ImportQuestions;
using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Application.Imports.Format.Bank;
using AdaptiveLearning.Infrastructure.Imports;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.Import;

/// <summary>Runs the import and export use cases the way the console program does.</summary>
internal static class Importer
{
    public static string Fixture(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Import", "Fixtures", name);

    public static Task<ImportReport> ImportAsync(string path, ImportOptions? options = null) =>
        ImportAsync(ImportFileSource.Collect([path]), options);

    public static async Task<ImportReport> ImportAsync(IReadOnlyList<ImportFile> files, ImportOptions? options = null)
    {
        await using var scope = IntegrationTests.Fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IHandler<ImportQuestionsCommand, ImportReport>>()
            .HandleAsync(new ImportQuestionsCommand(files, options ?? new ImportOptions()), CancellationToken.None);
    }

    public static async Task<ExportSummary> ExportAsync(string directory, string? node = null, BankFormat format = BankFormat.Json)
    {
        await using var scope = IntegrationTests.Fixture.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IHandler<ExportQuestionsCommand, ExportSummary>>()
            .HandleAsync(new ExportQuestionsCommand(node, new FolderTarget(directory), Format: format), CancellationToken.None);
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
