namespace AdaptiveLearning.Application.Adaptive.Models.GetTrainingJob;

public sealed record GetTrainingJobQuery(Guid JobId);
