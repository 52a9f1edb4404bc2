using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Jobs;
using AdaptiveLearning.Application.Models.FitKnowledgeTracing;

namespace AdaptiveLearning.Application.Models.RunCorrectnessTraining;

/// <summary>
/// Runs a queued training job on whichever instance claimed it. A re-run after a crash trains again and stores the
/// next version; versions are written whole before they appear, so the lost run leaves nothing half-written to serve.
/// </summary>
internal sealed class CorrectnessTrainingJobHandler(
    IHandler<FitKnowledgeTracingCommand, KnowledgeTracingFit> tracing,
    IHandler<RunCorrectnessTrainingCommand, CorrectnessModelInfo> training) : IJobHandler
{
    public string Kind => CorrectnessTrainingJob.Kind;

    public async Task<string?> HandleAsync(RunningJob job, CancellationToken ct)
    {
        if (CorrectnessTrainingJob.ReadPayload(job.Payload).Trigger == CorrectnessTrainingJob.NewAttemptsTrigger)
            await tracing.HandleAsync(new FitKnowledgeTracingCommand(), ct);
        try
        {
            // Training is CPU-bound for seconds: keep it off the worker's thread so the lease heartbeat keeps running.
            var model = await Task.Run(() => training.HandleAsync(new RunCorrectnessTrainingCommand(), ct), ct);
            return CorrectnessTrainingJob.Succeeded(model);
        }
        catch (ProblemException problem)
        {
            // Too little data is an answer, not a fault: retrying would refuse again.
            return CorrectnessTrainingJob.Refused(problem);
        }
    }

    public Task GaveUpAsync(RunningJob job, JobStatus status, string error, CancellationToken ct) =>
        // The job's own row is where users look, and it already says how the job ended.
        Task.CompletedTask;
}
