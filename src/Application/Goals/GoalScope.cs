using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Application.Goals;

/// <param name="Cards">The learner's cards in the scope that are not suspended.</param>
/// <param name="UnseenQuestions">Published questions in the scope the learner has no card for.</param>
/// <param name="AverageSecondsPerAnswer">The learner's recent pace (last 200 timed answers), or null before they have one.</param>
public sealed record GoalScope(IReadOnlyList<MemoryState> Cards, int UnseenQuestions, double? AverageSecondsPerAnswer);
