namespace AdaptiveLearning.Domain.Scheduling;

/// <param name="ReviewsPerDay">Cards already studied that came up for review, per simulated day.</param>
/// <param name="NewCardsPerDay">Cards seen for the first time, per simulated day.</param>
/// <param name="Cards">The deck after the last simulated day, in the request's order.</param>
public sealed record WorkloadRun(IReadOnlyList<int> ReviewsPerDay, IReadOnlyList<int> NewCardsPerDay, IReadOnlyList<MemoryState> Cards);
