namespace AdaptiveLearning.Application.Adaptive.Models.StartTraining;

public sealed record StartCorrectnessTrainingCommand(string Trigger);
