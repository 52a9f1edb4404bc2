using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Learning;

public interface ICardTransaction
{
    IReadOnlyList<Card> Cards { get; }

    /// <summary>Attempts already stored under these client ids (read inside the lock, so a racing duplicate is seen).</summary>
    Task<IReadOnlyList<Attempt>> FindAttemptsAsync(IReadOnlyCollection<string> clientAttemptIds, CancellationToken ct);

    /// <summary>The card's most recent schedule-changing attempt that has not been undone.</summary>
    Task<Attempt?> LastUndoableAttemptAsync(long cardId, CancellationToken ct);

    /// <returns>The attempts with their stored ids.</returns>
    Task<IReadOnlyList<Attempt>> AddAttemptsAsync(IReadOnlyList<Attempt> attempts, CancellationToken ct);

    Task MarkUndoneAsync(Attempt attempt, DateTimeOffset at, CancellationToken ct);

    Task SaveAsync(IEnumerable<Card> cards, DateTimeOffset now, CancellationToken ct);
}
