using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Application.Adaptive;

/// <summary>Every learner's answers for fitting models: item = question id, skill = facet id, chronological per learner.</summary>
public interface IAttemptLog
{
    Task<IReadOnlyList<AttemptRecord>> LoadAsync(CancellationToken ct);

    Task<long> CountAsync(CancellationToken ct);
}
