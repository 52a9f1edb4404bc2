using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Imports.GetImport;

internal sealed class GetImportHandler(IImportJobStore jobs) : IHandler<GetImportQuery, ImportJobView>
{
    public async Task<ImportJobView> HandleAsync(GetImportQuery query, CancellationToken ct) =>
        await jobs.GetAsync(query.Id, query.VisibleTo, ct) ?? throw new ProblemException(Problems.NotFound, "No import has this id.");
}
