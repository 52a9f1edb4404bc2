using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Cards;

/// <summary>
/// The frame every card action shares: the learner's schedule, the card locked for the change, save, and the
/// card as the learner now sees it. The action itself is the only thing a card use case decides.
/// </summary>
internal sealed class CardEditor(SessionLoader loader, ICardRepository cards, IClock clock)
{
    public Task<CardView> ChangeAsync(Guid userId, long cardId, Action<Card, DateTimeOffset, LearnerSchedule> change,
        CancellationToken ct) =>
        ChangeAsync(userId, cardId, (card, _, now, schedule) =>
        {
            change(card, now, schedule);
            return Task.CompletedTask;
        }, ct);

    public async Task<CardView> ChangeAsync(Guid userId, long cardId,
        Func<Card, ICardTransaction, DateTimeOffset, LearnerSchedule, Task> change, CancellationToken ct)
    {
        var schedule = LearnerSchedule.For(await loader.LearnerAsync(userId, ct));
        var now = clock.UtcNow;
        return await cards.WithCardAsync(userId, cardId, async tx =>
        {
            var card = tx.Cards.SingleOrDefault() ?? throw new ProblemException(Problems.NotFound, "No such card.");
            await change(card, tx, now, schedule);
            await tx.SaveAsync([card], now, ct);
            return CardView.From(card.Id, card.QuestionId, card.Snapshot(), schedule, now);
        }, ct);
    }
}
