using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Application.Scheduler;

public interface ISchedulerQueries
{
    /// <summary>The learner's schedule-changing answers (not undone), one chronological list per card.</summary>
    Task<IReadOnlyList<IReadOnlyList<ReviewRecord>>> ReviewHistoriesAsync(Guid userId, CancellationToken ct);

    /// <summary>The learner's cards that are not suspended, new ones in question order.</summary>
    Task<IReadOnlyList<MemoryState>> CardsAsync(Guid userId, CancellationToken ct);
}
