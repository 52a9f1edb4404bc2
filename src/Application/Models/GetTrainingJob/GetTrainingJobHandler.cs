using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Jobs;

namespace AdaptiveLearning.Application.Models.GetTrainingJob;

internal sealed class GetTrainingJobHandler(IJobQueue jobs) : IHandler<GetTrainingJobQuery, TrainingJob>
{
    public async Task<TrainingJob> HandleAsync(GetTrainingJobQuery request, CancellationToken ct) =>
        await jobs.GetAsync(request.JobId, ct) is { Kind: CorrectnessTrainingJob.Kind } job
            ? CorrectnessTrainingJob.Read(job)
            : throw new ProblemException(Problems.NotFound, "No training job has this id.");
}
