namespace AdaptiveLearning.Application.Imports;

public sealed record MovedQuestion(string ExternalId, string From, string To);
