namespace AdaptiveLearning.Application.Models.GetTrainingJob;

public sealed record GetTrainingJobQuery(Guid JobId);
