using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Imports.ExportQuestions;
using AdaptiveLearning.Application.Imports.ImportQuestions;
using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Application.Imports.Format.Bank;
using AdaptiveLearning.ImportTool.Benchmarks;
using AdaptiveLearning.ImportTool;
using AdaptiveLearning.Infrastructure.Imports;
using AdaptiveLearning.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

var (arguments, error) = ImportArguments.Parse(args);
if (arguments is null)
{
    Console.Error.WriteLine($"{error}\n{ImportArguments.Usage}");
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

if (arguments.GenerateDirectory is { } bankDirectory)
{
    await BankGenerator.WriteAsync(bankDirectory, arguments.BenchmarkSize, cancel.Token);
    return 0;
}

using var host = ToolHost.Build(arguments.Quiet);
try
{
    await host.Services.GetRequiredService<Migrator>().MigrateAsync(cancel.Token);
    await using var scope = host.Services.CreateAsyncScope();
    var services = scope.ServiceProvider;

    if (arguments.Benchmark)
        return await BenchmarkRunner.RunAsync(arguments, host.Services, cancel.Token);

    if (arguments.ExportDirectory is { } directory)
    {
        var summary = await services.GetRequiredService<IHandler<ExportQuestionsCommand, ExportSummary>>()
            .HandleAsync(new ExportQuestionsCommand(arguments.Node, new DirectoryExportTarget(directory), Format: arguments.Format ?? BankFormat.Json), cancel.Token);
        Console.WriteLine($"exported {summary.Questions} questions in {summary.Files} files to {directory}");
        return 0;
    }

    var files = ImportFileSource.Collect(arguments.Paths, arguments.Format);
    var handler = services.GetRequiredService<IHandler<ImportQuestionsCommand, ImportReport>>();
    var report = await ConsoleProgress.RunAsync(arguments.Quiet, progress => handler.HandleAsync(
        new ImportQuestionsCommand(files, new ImportOptions(arguments.DryRun, arguments.Publish), progress), cancel.Token));
    ReportPrinter.Print(report, arguments.Quiet);
    if (arguments.ReportFile is { } reportFile)
        await ReportPrinter.WriteJsonAsync(report, reportFile, cancel.Token);
    return report.Succeeded ? 0 : 1;
}
catch (Exception e) when (e is ProblemException or FileNotFoundException or InvalidOperationException or OperationCanceledException)
{
    Console.Error.WriteLine($"import: {e.Message}");
    return 2;
}
catch (Exception e)
{
    // Batches committed before the failure stay; running the import again completes it.
    Console.Error.WriteLine($"import: could not finish: {e}");
    return 2;
}
