using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Analytics;

/// <summary>Reads of the item statistics tables the job maintains; never the attempt log.</summary>
public interface IItemStatsQueries
{
    /// <returns>Null when the question does not exist.</returns>
    Task<QuestionStatsData?> GetQuestionAsync(long questionId, CancellationToken ct);

    Task<Page<WeakItem>> ListWeakAsync(WeakItemsSpecification spec, CancellationToken ct);

    /// <summary>When the job last finished, or null when it never ran.</summary>
    Task<DateTimeOffset?> ComputedAtAsync(CancellationToken ct);
}
