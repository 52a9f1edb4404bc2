using AdaptiveLearning.Client.Models;
using Refit;

namespace AdaptiveLearning.Client.Resources.Cards;

/// <summary>My cards, one per question I have studied, with their schedule: <c>/api/v1/cards</c>.</summary>
[Headers("Authorization: Bearer")]
public interface ICardsApi
{
    /// <summary>My cards, filtered, a page at a time.</summary>
    /// <param name="state">Only cards in this state.</param>
    /// <param name="dueBefore">Only cards due before this time.</param>
    /// <param name="node">A hierarchy path: cards of questions at or below it.</param>
    /// <param name="leech">Only leeches (true) or only non-leeches (false).</param>
    /// <param name="suspended">Only suspended (true) or only active (false) cards.</param>
    /// <param name="after">The <see cref="CardPage.NextCursor"/> of the previous page.</param>
    /// <param name="limit">Page size (default 50).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One page and the cursor of the next one (null on the last).</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>.</exception>
    [Get("/api/v1/cards")]
    Task<CardPage> ListCardsAsync([Query] CardState? state = null, [Query(Format = "O")] DateTimeOffset? dueBefore = null,
        [Query] string? node = null, [Query] bool? leech = null, [Query] bool? suspended = null, [Query] string? after = null,
        [Query] int? limit = null, CancellationToken cancellationToken = default);

    /// <summary>One of my cards, with its retrievability now, stability and difficulty.</summary>
    /// <param name="id">The card id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The card.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    [Get("/api/v1/cards/{id}")]
    Task<CardView> GetCardAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Suspends a card: it stops coming up until unsuspended.</summary>
    /// <param name="id">The card id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The card.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    [Post("/api/v1/cards/{id}/suspend")]
    Task<CardView> SuspendCardAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Lets a suspended card come up again.</summary>
    /// <param name="id">The card id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The card.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    [Post("/api/v1/cards/{id}/unsuspend")]
    Task<CardView> UnsuspendCardAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Buries a card until my next day starts.</summary>
    /// <param name="id">The card id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The card, with <c>BuriedUntil</c> set.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    [Post("/api/v1/cards/{id}/bury")]
    Task<CardView> BuryCardAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Forgets a card's progress: it becomes new again.</summary>
    /// <param name="id">The card id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The card.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    [Post("/api/v1/cards/{id}/reset")]
    Task<CardView> ResetCardAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Moves a studied card's due time.</summary>
    /// <param name="id">The card id.</param>
    /// <param name="request">The new due time.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The card.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>, 404 <c>not_found</c>, 422 <c>card_not_studied</c>.</exception>
    [Post("/api/v1/cards/{id}/due")]
    Task<CardView> SetCardDueAsync(long id, [Body] SetCardDueRequest request, CancellationToken cancellationToken = default);

    /// <summary>Undoes the card's last answer, restoring the schedule it had before.</summary>
    /// <param name="id">The card id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The card as it was before that answer.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>, 409 <c>nothing_to_undo</c>.</exception>
    [Post("/api/v1/cards/{id}/undo")]
    Task<CardView> UndoAnswerAsync(long id, CancellationToken cancellationToken = default);
}
