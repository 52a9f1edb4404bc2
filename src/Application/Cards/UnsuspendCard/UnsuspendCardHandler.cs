using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Cards.UnsuspendCard;

internal sealed class UnsuspendCardHandler(CardEditor editor) : IHandler<UnsuspendCardCommand, CardView>
{
    public Task<CardView> HandleAsync(UnsuspendCardCommand request, CancellationToken ct) =>
        editor.ChangeAsync(request.UserId, request.CardId, (card, _, _) => card.Unsuspend(), ct);
}
