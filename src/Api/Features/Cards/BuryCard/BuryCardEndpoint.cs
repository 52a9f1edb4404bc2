using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning.Cards;
using AdaptiveLearning.Application.Learning.Cards.ChangeCard;

namespace AdaptiveLearning.Api.Features.Cards.BuryCard;

internal sealed class BuryCardEndpoint(IHandler<ChangeCardCommand, CardView> handler)
    : CardChangeEndpoint(handler, CardChange.Bury, "bury", "Bury a card until my next day starts")
{
    public const string Action = "/bury";
}
