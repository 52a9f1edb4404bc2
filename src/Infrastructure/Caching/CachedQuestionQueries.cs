using AdaptiveLearning.Application.Questions;

namespace AdaptiveLearning.Infrastructure.Caching;

internal sealed class CachedQuestionQueries(IQuestionQueries inner, ContentCache cache) : IQuestionQueries
{
    public async Task<QuestionDto?> GetAsync(long id, CancellationToken ct) =>
        await cache.GetOrSetAsync($"question:{id}", token => inner.GetAsync(id, token), ct);

    public async Task<QuestionPage> ListAsync(QuestionSpecification specification, CancellationToken ct) =>
        await cache.GetOrSetAsync(specification.CacheKey, token => inner.ListAsync(specification, token), ct);
}
