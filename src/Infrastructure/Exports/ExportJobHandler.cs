using System.IO.Compression;
using System.Text.Json;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Imports.ExportQuestions;
using AdaptiveLearning.Application.Imports.Format.Bank;
using AdaptiveLearning.Application.Jobs;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Infrastructure.Exports;

/// <summary>
/// Runs the same export as the console program into a zip. Safe to run again after a crash: the zip is written under a
/// temporary name and renamed over any earlier one, so a download never sees half a file.
/// </summary>
internal sealed class ExportJobHandler(IHandler<ExportQuestionsCommand, ExportSummary> exporter, ExportFiles files) : IJobHandler
{
    public string Kind => ExportJobPayload.Kind;

    public async Task<string?> HandleAsync(RunningJob job, CancellationToken ct)
    {
        files.RemoveExpired();
        var payload = ExportJobs.Read(job.Payload);
        var status = payload.Status is null ? (QuestionStatus?)null : WireNames.Parse<QuestionStatus>(payload.Status);
        var temporary = files.TemporaryPathOf(job.Id);
        try
        {
            ExportSummary summary;
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
                summary = await exporter.HandleAsync(new ExportQuestionsCommand(payload.Node, new ZipExportTarget(zip), status, WireNames.Parse<BankFormat>(payload.Format)), ct);
            File.Move(temporary, files.PathOf(job.Id), overwrite: true);
            return ExportJobs.Write(new ExportJobResult(summary.Files, summary.Questions));
        }
        catch (ProblemException e)
        {
            // The node was deleted between the request and the run: no retry can fix that.
            return ExportJobs.Write(new ExportJobResult(0, 0, e.Problem.Code, e.Message));
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task GaveUpAsync(RunningJob job, JobStatus status, string error, CancellationToken ct) => Task.CompletedTask;
}
