using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Domain.Goals;

/// <summary>Something the learner could study now, as the target-date policy sees it.</summary>
/// <param name="Memory">The learner's card; null (or a New card) for a question never studied.</param>
/// <param name="AbilityProbability">P(correct) without recalling the question: worked out from ability (IRT) or the skill's mastery.</param>
public sealed record TargetRecallCandidate(long QuestionId, MemoryState? Memory, double AbilityProbability);
