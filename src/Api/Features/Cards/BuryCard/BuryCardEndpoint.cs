using AdaptiveLearning.Application.Cards.BuryCard;
using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Api.Features.Cards.BuryCard;

internal sealed class BuryCardEndpoint(IHandler<BuryCardCommand, CardView> handler)
    : CardActionEndpoint<BuryCardCommand>(handler, Action, "Bury a card until my next day starts")
{
    public const string Action = "/bury";

    protected override BuryCardCommand Command(Guid userId, long cardId) => new(userId, cardId);
}
