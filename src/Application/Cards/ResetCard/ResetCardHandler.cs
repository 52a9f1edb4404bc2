using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Cards.ResetCard;

/// <summary>Forgets all progress: the card becomes new. Its attempts stay in the history.</summary>
internal sealed class ResetCardHandler(CardEditor editor) : IHandler<ResetCardCommand, CardView>
{
    public Task<CardView> HandleAsync(ResetCardCommand request, CancellationToken ct) =>
        editor.ChangeAsync(request.UserId, request.CardId, (card, _, _) => card.Reset(), ct);
}
