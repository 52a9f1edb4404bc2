using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning.Cards;
using AdaptiveLearning.Application.Learning.Cards.ChangeCard;

namespace AdaptiveLearning.Api.Features.Cards.UnsuspendCard;

internal sealed class UnsuspendCardEndpoint(IHandler<ChangeCardCommand, CardView> handler)
    : CardChangeEndpoint(handler, CardChange.Unsuspend, "unsuspend", "Unsuspend a card")
{
    public const string Action = "/unsuspend";
}
