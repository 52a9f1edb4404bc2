using AdaptiveLearning.Application.Adaptive;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Jobs;
using AdaptiveLearning.Application.Models;
using AdaptiveLearning.Application.Models.TrainCorrectnessModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>
/// Every poll, serves the newest model in the shared directory (whichever instance trained it) and queues a
/// retraining job once enough new attempts arrived. The job engine runs it on one instance; the queue shares a
/// waiting job, so instances that notice the same attempts at once queue one run between them.
/// </summary>
internal sealed class ModelRefreshWorker(
    IServiceScopeFactory scopes, IJobQueue jobs, ICorrectnessModels models, ModelTrainingOptions options,
    AdaptiveOptions adaptive, ILogger<ModelRefreshWorker> logger) : BackgroundService
{
    private long _lastAutoCount = -1;

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        await Task.Yield();
        while (!stop.IsCancellationRequested)
        {
            Reload();
            await QueueRetrainingIfDueAsync(stop);
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, options.PollSeconds)), stop);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private async Task QueueRetrainingIfDueAsync(CancellationToken stop)
    {
        if (!options.AutoRetrain)
            return;
        try
        {
            // A run queued or under way will train on these attempts, and its model is what "due" should be measured from.
            if (await jobs.LatestAsync(CorrectnessTrainingJob.Kind, stop) is { Status: JobStatus.Queued or JobStatus.Running })
                return;
            await using var scope = scopes.CreateAsyncScope();
            var count = await scope.ServiceProvider.GetRequiredService<IAttemptLog>().CountAsync(stop);
            var trainedOn = models.Current is { } current ? current.TrainingAttempts + (current.HeldOutAttempts ?? 0) : 0;
            var due = models.Current is null ? adaptive.MinimumTrainingAttempts : trainedOn + options.RetrainAfterAttempts;
            if (count >= due && count != _lastAutoCount)
            {
                _lastAutoCount = count;
                await scope.ServiceProvider.GetRequiredService<IHandler<TrainCorrectnessModelCommand, TrainingJob>>()
                    .HandleAsync(new TrainCorrectnessModelCommand(CorrectnessTrainingJob.NewAttemptsTrigger), stop);
            }
        }
        catch (Exception e) when (!stop.IsCancellationRequested)
        {
            logger.LogWarning(e, "Could not check whether the correctness model needs retraining");
        }
    }

    private void Reload()
    {
        try
        {
            if (models.ReloadIfNewer())
                logger.LogInformation("Serving correctness model v{Version}", models.Current?.Version);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not load the newest correctness model");
        }
    }
}
