using AdaptiveLearning.Client.Models;
using AdaptiveLearning.Client.Resources.Cards;

namespace AdaptiveLearning.Client;

/// <summary>Conveniences over <see cref="ICardsApi"/>.</summary>
public static class CardsApiExtensions
{
    /// <summary>Every one of my cards matching <paramref name="filter"/>, fetching the next page only when the previous one is used up.</summary>
    /// <param name="cards">The cards area, such as <c>client.Cards</c>.</param>
    /// <param name="filter">Which cards; null for all.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The cards in the server's stable order.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, or any failure while fetching a page.</exception>
    /// <example><code>
    /// await foreach (var card in client.Cards.ListAllAsync(new CardFilter { Leech = true }))
    ///     await client.Cards.SuspendCardAsync(card.Id);
    /// </code></example>
    public static IAsyncEnumerable<CardView> ListAllAsync(this ICardsApi cards, CardFilter? filter = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var f = filter ?? new CardFilter();
        return CursorPager.ReadAllAsync<CardView>(async (after, ct) =>
        {
            var page = await cards.ListCardsAsync(f.State, f.DueBefore, f.Node, f.Leech, f.Suspended, after, f.PageSize, ct).ConfigureAwait(false);
            return (page.Items ?? [], page.NextCursor);
        }, cancellationToken);
    }
}
