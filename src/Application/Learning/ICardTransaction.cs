using AdaptiveLearning.Application.Engagement;
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
    /// Stores the learner's new attempts, the cards they changed and the points they earned. A learner's attempts are
    /// stored one transaction after another, so their ids increase in commit order.
    /// </summary>
    /// <param name="points">Ledger rows; one whose source key the learner already has is not stored again.</param>
    /// <returns>The attempts with their stored ids.</returns>
    Task<IReadOnlyList<Attempt>> RecordAsync(IReadOnlyList<Attempt> attempts, IReadOnlyCollection<Card> changed,
        IReadOnlyList<PointsEntry> points, DateTimeOffset now, CancellationToken ct);

    /// <summary>Marks the attempt undone and reverses every ledger row it earned (ADR 0022).</summary>
    Task MarkUndoneAsync(Attempt attempt, DateTimeOffset at, CancellationToken ct);

    Task SaveAsync(IEnumerable<Card> cards, DateTimeOffset now, CancellationToken ct);
}
