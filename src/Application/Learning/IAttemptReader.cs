using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Learning;

public interface IAttemptReader
{
    Task<IReadOnlyList<Attempt>> FindByClientIdsAsync(Guid userId, IReadOnlyCollection<string> clientAttemptIds, CancellationToken ct);

    Task<IReadOnlyList<Attempt>> ForSessionAsync(Guid userId, Guid sessionId, CancellationToken ct);
}
