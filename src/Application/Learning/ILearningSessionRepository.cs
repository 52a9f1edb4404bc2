using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Learning;

public interface ILearningSessionRepository
{
    Task AddAsync(LearningSession session, CancellationToken ct);

    /// <returns>Null when the session does not exist or belongs to someone else.</returns>
    Task<LearningSession?> GetAsync(Guid userId, Guid sessionId, CancellationToken ct);

    Task<IReadOnlyList<LearningSession>> GetManyAsync(Guid userId, IReadOnlyCollection<Guid> sessionIds, CancellationToken ct);

    /// <summary>Sets the end time once; ending again keeps the first.</summary>
    Task EndAsync(Guid sessionId, DateTimeOffset at, CancellationToken ct);
}
