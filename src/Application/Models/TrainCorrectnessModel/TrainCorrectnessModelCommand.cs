namespace AdaptiveLearning.Application.Models.TrainCorrectnessModel;

public sealed record TrainCorrectnessModelCommand(string Trigger);
