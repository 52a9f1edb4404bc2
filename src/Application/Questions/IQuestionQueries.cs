using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Questions;

/// <summary>Question reads, already shaped for the viewer: a learner's read never holds what a learner may not see.</summary>
public interface IQuestionQueries
{
    /// <returns>The question as <paramref name="viewer"/> may see it, or null when it does not exist for them.</returns>
    Task<QuestionDto?> GetAsync(long id, ContentViewer viewer, CancellationToken ct);

    /// <summary>One page and the total count of matches.</summary>
    Task<Page<QuestionDto>> ListAsync(QuestionSpecification specification, CancellationToken ct);
}
