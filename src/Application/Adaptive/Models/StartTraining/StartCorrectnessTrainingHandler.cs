using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Adaptive.Models.StartTraining;

internal sealed class StartCorrectnessTrainingHandler(TrainingJobs jobs, IClock clock) : IHandler<StartCorrectnessTrainingCommand, TrainingJob>
{
    public Task<TrainingJob> HandleAsync(StartCorrectnessTrainingCommand request, CancellationToken ct) =>
        Task.FromResult(jobs.Enqueue(request.Trigger, clock.UtcNow));
}
