using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Learning;

public interface IAttemptReader
{
    Task<IReadOnlyList<Attempt>> ForSessionAsync(Guid userId, Guid sessionId, CancellationToken ct);
}
