using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Application.Adaptive.Scoring;

/// <param name="Memory">The learner's card; null or New for a question never studied.</param>
public sealed record ScoreCandidate(long QuestionId, MemoryState? Memory);
