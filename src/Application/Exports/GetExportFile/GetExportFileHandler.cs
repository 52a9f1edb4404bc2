using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Exports.GetExportFile;

internal sealed class GetExportFileHandler(IExportJobs exports) : IHandler<GetExportFileQuery, ExportDownload>
{
    public async Task<ExportDownload> HandleAsync(GetExportFileQuery query, CancellationToken ct)
    {
        var job = await exports.VisibleAsync(query.Id, query.VisibleTo, ct);
        if (job.View.Status != ExportJobStatus.Succeeded)
            throw new ProblemException(Problems.ExportNotReady, job.View.FinishedAt is null
                ? "The export has not finished yet; poll it until it has succeeded."
                : "The export did not succeed, so it has no file; start a new one.");
        var file = exports.OpenFile(query.Id)
                   ?? throw new ProblemException(Problems.ExportExpired, "The export's file was removed after its retention period; start a new export.");
        var name = "export-" + (job.View.Node ?? "all") + "-" + job.View.CreatedAt.UtcDateTime.ToString("yyyyMMdd-HHmmss") + ".zip";
        return new ExportDownload(file, name);
    }
}
