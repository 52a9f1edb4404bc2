using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Questions;

/// <summary>Reads of <c>question_versions</c>: every content a question has had, as it was written.</summary>
public interface IQuestionVersionQueries
{
    /// <summary>Newest first, versions below <paramref name="before"/> (all when null); at most <paramref name="take"/> rows.</summary>
    Task<IReadOnlyList<QuestionVersionRecord>> ListAsync(long questionId, int? before, int take, CancellationToken ct);

    /// <returns>The version, or null when the question has no such version (or does not exist).</returns>
    Task<QuestionVersionRecord?> GetAsync(long questionId, int version, CancellationToken ct);
}
