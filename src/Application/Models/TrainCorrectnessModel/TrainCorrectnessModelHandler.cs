using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Jobs;

namespace AdaptiveLearning.Application.Models.TrainCorrectnessModel;

/// <summary>One waiting run is enough: it trains on everything logged by the time it starts, so requests share it.</summary>
internal sealed class TrainCorrectnessModelHandler(IJobQueue jobs) : IHandler<TrainCorrectnessModelCommand, TrainingJob>
{
    public async Task<TrainingJob> HandleAsync(TrainCorrectnessModelCommand request, CancellationToken ct) =>
        CorrectnessTrainingJob.Read(await jobs.EnqueueUnlessQueuedAsync(CorrectnessTrainingJob.Create(request.Trigger), ct));
}
