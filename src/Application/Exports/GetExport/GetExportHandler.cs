using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Exports.GetExport;

internal sealed class GetExportHandler(IExportJobs exports) : IHandler<GetExportQuery, ExportJobView>
{
    public async Task<ExportJobView> HandleAsync(GetExportQuery query, CancellationToken ct) =>
        (await exports.VisibleAsync(query.Id, query.VisibleTo, ct)).View;
}
