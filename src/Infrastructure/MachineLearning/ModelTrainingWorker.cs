using AdaptiveLearning.Application.Adaptive;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Models.FitKnowledgeTracing;
using AdaptiveLearning.Application.Models.RunCorrectnessTraining;
using AdaptiveLearning.Application.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>
/// Runs queued training jobs one at a time, and between jobs serves models other instances trained and
/// queues a retraining (knowledge tracing first, then the correctness model) once enough new attempts arrived.
/// </summary>
internal sealed class ModelTrainingWorker(
    IServiceScopeFactory scopes, TrainingJobs jobs, ICorrectnessModels models, ModelTrainingOptions options,
    AdaptiveOptions adaptive, IClock clock, ILogger<ModelTrainingWorker> logger) : BackgroundService
{
    public const string NewAttemptsTrigger = "new_attempts";
    private long _lastAutoCount = -1;

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        await Task.Yield();
        Reload();
        while (!stop.IsCancellationRequested)
        {
            using var poll = CancellationTokenSource.CreateLinkedTokenSource(stop);
            poll.CancelAfter(TimeSpan.FromSeconds(Math.Max(1, options.PollSeconds)));
            Guid? jobId = null;
            try
            {
                jobId = await jobs.Queue.ReadAsync(poll.Token);
            }
            catch (OperationCanceledException) when (!stop.IsCancellationRequested)
            {
            }

            if (jobId is { } id)
                await RunAsync(id, stop);
            else
                await PollAsync(stop);
        }
    }

    private async Task RunAsync(Guid id, CancellationToken stop)
    {
        if (jobs.Get(id) is not { } job)
            return;
        job = job with { Status = TrainingJobStatus.Running, StartedAt = clock.UtcNow };
        jobs.Update(job);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (job.Trigger == NewAttemptsTrigger)
                await scope.ServiceProvider.GetRequiredService<IHandler<FitKnowledgeTracingCommand, KnowledgeTracingFit>>()
                    .HandleAsync(new FitKnowledgeTracingCommand(), stop);
            var trainer = scope.ServiceProvider.GetRequiredService<IHandler<RunCorrectnessTrainingCommand, CorrectnessModelInfo>>();
            // Training is CPU-bound for seconds: keep it off the thread that reads the queue.
            var model = await Task.Run(() => trainer.HandleAsync(new RunCorrectnessTrainingCommand(), stop), stop);
            jobs.Update(job with { Status = TrainingJobStatus.Succeeded, FinishedAt = clock.UtcNow, Model = model });
        }
        catch (Exception e) when (!stop.IsCancellationRequested)
        {
            if (e is not ProblemException)
                logger.LogError(e, "Training job {JobId} failed", id);
            jobs.Update(job.FailedWith(e, clock.UtcNow));
        }
    }

    private async Task PollAsync(CancellationToken stop)
    {
        Reload();
        if (!options.AutoRetrain || jobs.Busy)
            return;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var count = await scope.ServiceProvider.GetRequiredService<IAttemptLog>().CountAsync(stop);
            var trainedOn = models.Current is { } current ? current.TrainingAttempts + (current.HeldOutAttempts ?? 0) : 0;
            var due = models.Current is null ? adaptive.MinimumTrainingAttempts : trainedOn + options.RetrainAfterAttempts;
            if (count >= due && count != _lastAutoCount)
            {
                _lastAutoCount = count;
                jobs.Enqueue(NewAttemptsTrigger, clock.UtcNow);
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
