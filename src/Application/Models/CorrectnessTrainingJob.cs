using System.Text.Json;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Jobs;

namespace AdaptiveLearning.Application.Models;

/// <summary>
/// A correctness-model training run as a durable job: what it stores in the jobs table and how that row reads as the
/// <see cref="TrainingJob"/> the API has always returned.
/// </summary>
public static class CorrectnessTrainingJob
{
    public const string Kind = "model.correctness";
    public const string AdminTrigger = "admin";

    /// <summary>Queued by the check for new attempts; such a run refits knowledge tracing before training.</summary>
    public const string NewAttemptsTrigger = "new_attempts";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static NewJob Create(string trigger) =>
        new(Guid.NewGuid(), Kind, JsonSerializer.Serialize(new TrainingJobPayload(trigger), Json));

    public static TrainingJobPayload ReadPayload(string payload) =>
        JsonSerializer.Deserialize<TrainingJobPayload>(payload, Json) ?? throw new InvalidDataException("A training job has no payload.");

    public static string Succeeded(CorrectnessModelInfo model) => JsonSerializer.Serialize(new TrainingJobResult(model), Json);

    public static string Refused(ProblemException problem) =>
        JsonSerializer.Serialize(new TrainingJobResult(null, problem.Problem.Code, problem.Detail), Json);

    public static TrainingJob Read(JobView job)
    {
        var trigger = ReadPayload(job.Payload).Trigger;
        var read = new TrainingJob(job.Id, TrainingJobStatus.Queued, trigger, job.CreatedAt, job.StartedAt, job.FinishedAt);
        switch (job.Status)
        {
            case JobStatus.Queued:
                return read;
            case JobStatus.Running:
                return read with { Status = TrainingJobStatus.Running };
            case JobStatus.Succeeded:
                var result = job.Result is null ? null : JsonSerializer.Deserialize<TrainingJobResult>(job.Result, Json);
                return result?.Model is { } model
                    ? read with { Status = TrainingJobStatus.Succeeded, Model = model }
                    : read with { Status = TrainingJobStatus.Failed, ErrorCode = result?.ErrorCode, Error = result?.Error };
            default:
                // Failed on every attempt, interrupted or cancelled: the engine's reason is for the server log, not the caller.
                return read with { Status = TrainingJobStatus.Failed, ErrorCode = Problems.Internal.Code, Error = Problems.Internal.Title };
        }
    }
}
