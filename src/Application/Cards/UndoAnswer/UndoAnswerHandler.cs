using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Sessions;

namespace AdaptiveLearning.Application.Cards.UndoAnswer;

/// <summary>Takes back the card's last answer: the card returns to the state stored before it, and the attempt is marked undone.</summary>
internal sealed class UndoAnswerHandler(SessionLoader loader, ICardRepository cards, IClock clock) : IHandler<UndoAnswerCommand, CardView>
{
    public async Task<CardView> HandleAsync(UndoAnswerCommand request, CancellationToken ct)
    {
        var schedule = LearnerSchedule.For(await loader.LearnerAsync(request.UserId, ct));
        var now = clock.UtcNow;
        return await cards.WithCardAsync(request.UserId, request.CardId, async tx =>
        {
            var card = tx.Cards.SingleOrDefault() ?? throw new ProblemException(Problems.NotFound, "No such card.");
            var last = await tx.LastUndoableAttemptAsync(card.Id, ct) ?? throw new ProblemException(Problems.NothingToUndo);
            card.RestoreTo(last.Before);
            await tx.MarkUndoneAsync(last, now, ct);
            await tx.SaveAsync([card], now, ct);
            return CardView.From(card.Id, card.QuestionId, card.Snapshot(), schedule, now);
        }, ct);
    }
}
