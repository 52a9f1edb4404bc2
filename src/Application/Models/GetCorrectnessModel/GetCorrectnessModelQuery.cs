namespace AdaptiveLearning.Application.Models.GetCorrectnessModel;

public sealed record GetCorrectnessModelQuery;
