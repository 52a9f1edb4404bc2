using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Questions;

/// <summary>The review workflow's reads: the queue of submitted questions and each question's status trail.</summary>
public interface IQuestionReviewQueries
{
    Task<Page<ReviewQueueItem>> ListQueueAsync(ReviewQueueSpecification spec, CancellationToken ct);

    /// <summary>Oldest change first, after <paramref name="after"/>'s change.</summary>
    Task<Page<QuestionStatusChange>> ListHistoryAsync(long questionId, KeysetCursor? after, int limit, CancellationToken ct);
}
