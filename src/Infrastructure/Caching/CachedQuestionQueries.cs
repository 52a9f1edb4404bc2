using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Questions;

namespace AdaptiveLearning.Infrastructure.Caching;

/// <summary>Caches question reads per viewer class, so a learner's entry never holds an answer key.</summary>
internal sealed class CachedQuestionQueries(IQuestionQueries inner, ContentCache cache) : IQuestionQueries
{
    public async Task<QuestionDto?> GetAsync(long id, ContentViewer viewer, CancellationToken ct) =>
        await cache.GetOrSetAsync($"question:{viewer}:{id}", token => inner.GetAsync(id, viewer, token), ct);

    public async Task<Page<QuestionDto>> ListAsync(QuestionSpecification specification, CancellationToken ct) =>
        await cache.GetOrSetAsync(specification.CacheKey, token => inner.ListAsync(specification, token), ct);
}
