using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Jobs;

namespace AdaptiveLearning.Application.Models.GetCorrectnessModel;

internal sealed class GetCorrectnessModelHandler(ICorrectnessModels models, IJobQueue jobs)
    : IHandler<GetCorrectnessModelQuery, CorrectnessModelStatus>
{
    public async Task<CorrectnessModelStatus> HandleAsync(GetCorrectnessModelQuery request, CancellationToken ct)
    {
        var latest = await jobs.LatestAsync(CorrectnessTrainingJob.Kind, ct);
        return new CorrectnessModelStatus(models.Current, models.StoredVersions(), latest is null ? null : CorrectnessTrainingJob.Read(latest));
    }
}
