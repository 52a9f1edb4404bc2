using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Models.TrainCorrectnessModel;

internal sealed class TrainCorrectnessModelHandler(TrainingJobs jobs, IClock clock) : IHandler<TrainCorrectnessModelCommand, TrainingJob>
{
    public Task<TrainingJob> HandleAsync(TrainCorrectnessModelCommand request, CancellationToken ct) =>
        Task.FromResult(jobs.Enqueue(request.Trigger, clock.UtcNow));
}
