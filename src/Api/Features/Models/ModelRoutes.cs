namespace AdaptiveLearning.Api.Features.Models;

/// <summary>Routes of the admin model endpoints, shared with tests.</summary>
public static class ModelRoutes
{
    public const string Correctness = "/admin/models/correctness";
    public const string TrainCorrectness = "/admin/models/correctness/train";
    public const string TrainingJob = "/admin/models/correctness/jobs/{id}";
    public const string FitTracing = "/admin/models/tracing/fit";

    public static string JobFor(Guid id) => TrainingJob.Replace("{id}", id.ToString());
}
