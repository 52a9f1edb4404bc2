using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Models;

namespace AdaptiveLearning.Application.Models.GetCorrectnessModel;

internal sealed class GetCorrectnessModelHandler(ICorrectnessModels models, TrainingJobs jobs)
    : IHandler<GetCorrectnessModelQuery, CorrectnessModelStatus>
{
    public Task<CorrectnessModelStatus> HandleAsync(GetCorrectnessModelQuery request, CancellationToken ct) =>
        Task.FromResult(new CorrectnessModelStatus(models.Current, models.StoredVersions(), jobs.Latest));
}
