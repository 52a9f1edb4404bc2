namespace AdaptiveLearning.Application.Cards;

public interface ICardQueries
{
    /// <returns>Up to Limit + 1 rows, so the caller can tell whether another page follows.</returns>
    Task<IReadOnlyList<CardRow>> ListAsync(CardListSpecification spec, CancellationToken ct);

    Task<CardRow?> GetAsync(Guid userId, long cardId, CancellationToken ct);
}
