using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Learning;

public interface ICardTransaction
{
    IReadOnlyList<Card> Cards { get; }

    /// <summary>Attempts already stored under the client ids the transaction was opened with (read inside the lock, so a racing duplicate is seen).</summary>
    IReadOnlyList<Attempt> StoredAttempts { get; }

    /// <summary>The card's most recent schedule-changing attempt that has not been undone.</summary>
    Task<Attempt?> LastUndoableAttemptAsync(long cardId, CancellationToken ct);

    /// <summary>
    /// Stores the learner's new attempts and the cards they changed. A learner's attempts are stored one transaction
    /// after another, so their ids increase in commit order.
    /// </summary>
    /// <returns>The attempts with their stored ids.</returns>
    Task<IReadOnlyList<Attempt>> RecordAsync(IReadOnlyList<Attempt> attempts, IReadOnlyCollection<Card> changed, DateTimeOffset now,
        CancellationToken ct);

    Task MarkUndoneAsync(Attempt attempt, DateTimeOffset at, CancellationToken ct);

    Task SaveAsync(IEnumerable<Card> cards, DateTimeOffset now, CancellationToken ct);
}
