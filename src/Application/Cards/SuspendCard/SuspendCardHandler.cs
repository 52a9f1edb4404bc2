using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Cards.SuspendCard;

/// <summary>A suspended card is never offered until it is unsuspended.</summary>
internal sealed class SuspendCardHandler(CardEditor editor) : IHandler<SuspendCardCommand, CardView>
{
    public Task<CardView> HandleAsync(SuspendCardCommand request, CancellationToken ct) =>
        editor.ChangeAsync(request.UserId, request.CardId, (card, _, _) => card.Suspend(), ct);
}
