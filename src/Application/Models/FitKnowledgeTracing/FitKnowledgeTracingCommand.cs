namespace AdaptiveLearning.Application.Models.FitKnowledgeTracing;

public sealed record FitKnowledgeTracingCommand;
