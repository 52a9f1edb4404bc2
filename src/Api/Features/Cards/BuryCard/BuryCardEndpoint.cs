using AdaptiveLearning.Application.Cards.ChangeCard;
using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Api.Features.Cards.BuryCard;

internal sealed class BuryCardEndpoint(IHandler<ChangeCardCommand, CardView> handler)
    : CardChangeEndpoint(handler, CardChange.Bury, "bury", "Bury a card until my next day starts")
{
    public const string Action = "/bury";
}
