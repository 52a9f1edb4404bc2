namespace AdaptiveLearning.Application.Imports;

public sealed record ExportedQuestion(string ExternalId, string Content);
