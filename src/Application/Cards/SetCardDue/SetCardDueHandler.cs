using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Cards.SetCardDue;

/// <summary>Moves a studied card's due time; a card never studied has no schedule to move.</summary>
internal sealed class SetCardDueHandler(CardEditor editor) : IHandler<SetCardDueCommand, CardView>
{
    public Task<CardView> HandleAsync(SetCardDueCommand request, CancellationToken ct) =>
        editor.ChangeAsync(request.UserId, request.CardId, (card, _, _) =>
        {
            if (!card.SetDue(request.Due))
                throw new ProblemException(Problems.CardNotStudied);
        }, ct);
}
