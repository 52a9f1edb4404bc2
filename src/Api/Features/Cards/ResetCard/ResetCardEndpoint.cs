using AdaptiveLearning.Application.Cards.ChangeCard;
using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Api.Features.Cards.ResetCard;

internal sealed class ResetCardEndpoint(IHandler<ChangeCardCommand, CardView> handler)
    : CardChangeEndpoint(handler, CardChange.Reset, "reset", "Forget a card's progress: it becomes new again")
{
    public const string Action = "/reset";
}
