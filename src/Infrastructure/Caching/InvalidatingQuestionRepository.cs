using AdaptiveLearning.Application.Questions;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Infrastructure.Caching;

/// <summary>Every committed question write retires the cached content, so no handler has to remember to.</summary>
internal sealed class InvalidatingQuestionRepository(IQuestionRepository inner, ContentCache cache) : IQuestionRepository
{
    public Task<Question?> GetAsync(long id, CancellationToken ct) => inner.GetAsync(id, ct);

    public async Task<long> AddAsync(Question question, Guid? authorId, CancellationToken ct)
    {
        var id = await inner.AddAsync(question, authorId, ct);
        await cache.InvalidateAllAsync(ct);
        return id;
    }

    public async Task SaveAsync(Question question, bool newVersion, Guid? authorId, CancellationToken ct)
    {
        await inner.SaveAsync(question, newVersion, authorId, ct);
        await cache.InvalidateAllAsync(ct);
    }
}
