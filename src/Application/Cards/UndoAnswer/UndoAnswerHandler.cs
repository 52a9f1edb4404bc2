using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Leaderboards;

namespace AdaptiveLearning.Application.Cards.UndoAnswer;

/// <summary>Takes back the card's last answer: the card returns to the state stored before it, and the attempt is marked undone.</summary>
internal sealed class UndoAnswerHandler(CardEditor editor, ILeaderboards leaderboards) : IHandler<UndoAnswerCommand, CardView>
{
    public async Task<CardView> HandleAsync(UndoAnswerCommand request, CancellationToken ct)
    {
        var card = await editor.ChangeAsync(request.UserId, request.CardId, async (card, tx, now, _) =>
        {
            var last = await tx.LastUndoableAttemptAsync(card.Id, ct) ?? throw new ProblemException(Problems.NothingToUndo);
            card.RestoreTo(last.Before);
            await tx.MarkUndoneAsync(last, now, ct);
        }, ct);
        // Undo reversed the answer's points: the boards re-sum the learner on their next read.
        leaderboards.MarkChanged(request.UserId);
        return card;
    }
}
