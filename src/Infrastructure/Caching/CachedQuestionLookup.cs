using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Infrastructure.Caching;

/// <summary>
/// Keeps the questions answers are graded against in this instance's memory (never in Redis: they hold answer keys),
/// retired with the content generation like every content read. A single answer then costs no question query; a large
/// batch still reads its questions in one query.
/// </summary>
internal sealed class CachedQuestionLookup(IQuestionLookup inner, ContentCache cache) : IQuestionLookup
{
    private const int CachedUpTo = 8;

    public async Task<IReadOnlyDictionary<long, AnswerableQuestion>> GetCurrentAsync(IReadOnlyCollection<long> questionIds, CancellationToken ct)
    {
        if (questionIds.Count > CachedUpTo)
            return await inner.GetCurrentAsync(questionIds, ct);
        var found = new Dictionary<long, AnswerableQuestion>();
        foreach (var id in questionIds)
        {
            var question = await cache.GetOrSetInMemoryAsync($"answerable:{id}",
                async token => (await inner.GetCurrentAsync([id], token)).GetValueOrDefault(id), ct);
            if (question is not null)
                found[id] = question;
        }

        return found;
    }

    public Task<IReadOnlyDictionary<(long QuestionId, int Version), QuestionContent>> GetVersionsAsync(
        IReadOnlyCollection<long> questionIds, CancellationToken ct) => inner.GetVersionsAsync(questionIds, ct);
}
