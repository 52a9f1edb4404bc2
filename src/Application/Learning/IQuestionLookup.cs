using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Learning;

/// <summary>Question content as the learning loop needs it: the current version, or the exact version an attempt saw.</summary>
public interface IQuestionLookup
{
    Task<IReadOnlyDictionary<long, AnswerableQuestion>> GetCurrentAsync(IReadOnlyCollection<long> questionIds, CancellationToken ct);

    Task<IReadOnlyDictionary<(long QuestionId, int Version), QuestionContent>> GetVersionsAsync(
        IReadOnlyCollection<long> questionIds, CancellationToken ct);
}
