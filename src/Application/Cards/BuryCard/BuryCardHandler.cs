using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Cards.BuryCard;

/// <summary>Hides the card until the learner's next day starts (their time zone and day start hour).</summary>
internal sealed class BuryCardHandler(CardEditor editor) : IHandler<BuryCardCommand, CardView>
{
    public Task<CardView> HandleAsync(BuryCardCommand request, CancellationToken ct) =>
        editor.ChangeAsync(request.UserId, request.CardId, (card, now, schedule) => card.Bury(now, schedule.Calendar), ct);
}
