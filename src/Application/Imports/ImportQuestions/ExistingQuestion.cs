namespace AdaptiveLearning.Application.Imports.ImportQuestions;

/// <summary>What a batch needs to know about a question already stored under one of its external ids.</summary>
public sealed record ExistingQuestion(long Id, string ExternalId, long FacetId, string ContentHash);
