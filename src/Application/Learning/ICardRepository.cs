namespace AdaptiveLearning.Application.Learning;

/// <summary>
/// Changes cards under a row lock: the work runs inside a transaction holding the cards
/// (SELECT ... FOR UPDATE) and commits when it returns, so two answers to one card never lose an
/// update. The work may run again after a deadlock, so it must start from what the transaction gives it.
/// </summary>
public interface ICardRepository
{
    /// <summary>
    /// Locks the learner's cards for these questions, creating new ones where there are none, and reads the attempts
    /// already stored under <paramref name="clientAttemptIds"/> (<see cref="ICardTransaction.StoredAttempts"/>).
    /// </summary>
    Task<T> WithQuestionCardsAsync<T>(Guid userId, IReadOnlyCollection<long> questionIds, IReadOnlyCollection<string> clientAttemptIds,
        DateTimeOffset now, Func<ICardTransaction, Task<T>> work, CancellationToken ct);

    /// <summary>Locks one card; the work gets an empty transaction when it is not this learner's.</summary>
    Task<T> WithCardAsync<T>(Guid userId, long cardId, Func<ICardTransaction, Task<T>> work, CancellationToken ct);
}
