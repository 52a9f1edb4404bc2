using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Cards;

public interface ICardQueries
{
    Task<Page<CardRow>> ListAsync(CardListSpecification spec, CancellationToken ct);

    Task<CardRow?> GetAsync(Guid userId, long cardId, CancellationToken ct);
}
