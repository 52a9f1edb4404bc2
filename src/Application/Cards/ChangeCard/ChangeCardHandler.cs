using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Sessions;

namespace AdaptiveLearning.Application.Cards.ChangeCard;

internal sealed class ChangeCardHandler(SessionLoader loader, ICardRepository cards, IClock clock) : IHandler<ChangeCardCommand, CardView>
{
    public async Task<CardView> HandleAsync(ChangeCardCommand request, CancellationToken ct)
    {
        var schedule = LearnerSchedule.For(await loader.LearnerAsync(request.UserId, ct));
        var now = clock.UtcNow;
        return await cards.WithCardAsync(request.UserId, request.CardId, async tx =>
        {
            var card = tx.Cards.SingleOrDefault() ?? throw new ProblemException(Problems.NotFound, "No such card.");
            switch (request.Change)
            {
                case CardChange.Suspend: card.Suspend(); break;
                case CardChange.Unsuspend: card.Unsuspend(); break;
                case CardChange.Bury: card.Bury(now, schedule.Calendar); break;
                case CardChange.Reset: card.Reset(); break;
                case CardChange.SetDue:
                    var due = request.Due ?? throw ProblemException.Field("due", "Give the new due time.");
                    if (!card.SetDue(due))
                        throw new ProblemException(Problems.CardNotStudied);
                    break;
            }
            await tx.SaveAsync([card], now, ct);
            return CardView.From(card.Id, card.QuestionId, card.Snapshot(), schedule, now);
        }, ct);
    }
}
