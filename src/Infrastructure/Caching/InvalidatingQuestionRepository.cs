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

    public async Task<bool> SaveAsync(Question question, QuestionStamp loaded, bool newVersion, Guid? actorId, string? reason,
        CancellationToken ct, int? restoredFrom = null)
    {
        if (!await inner.SaveAsync(question, loaded, newVersion, actorId, reason, ct, restoredFrom))
            return false;
        await cache.InvalidateAllAsync(ct);
        return true;
    }
}
