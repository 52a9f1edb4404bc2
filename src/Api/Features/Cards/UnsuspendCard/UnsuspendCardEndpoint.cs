using AdaptiveLearning.Application.Cards.ChangeCard;
using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Api.Features.Cards.UnsuspendCard;

internal sealed class UnsuspendCardEndpoint(IHandler<ChangeCardCommand, CardView> handler)
    : CardChangeEndpoint(handler, CardChange.Unsuspend, "unsuspend", "Unsuspend a card")
{
    public const string Action = "/unsuspend";
}
