using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Models;

namespace AdaptiveLearning.Application.Models.GetTrainingJob;

internal sealed class GetTrainingJobHandler(TrainingJobs jobs) : IHandler<GetTrainingJobQuery, TrainingJob>
{
    public Task<TrainingJob> HandleAsync(GetTrainingJobQuery request, CancellationToken ct) =>
        Task.FromResult(jobs.Get(request.JobId) ?? throw new ProblemException(Problems.NotFound, "No such training job on this instance."));
}
