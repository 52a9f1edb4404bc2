namespace AdaptiveLearning.Api.Features.Models.GetTrainingJob;

public sealed class TrainingJobRequest
{
    public Guid Id { get; init; }
}
