using AdaptiveLearning.Application.Cards.ChangeCard;
using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Api.Features.Cards.SuspendCard;

internal sealed class SuspendCardEndpoint(IHandler<ChangeCardCommand, CardView> handler)
    : CardChangeEndpoint(handler, CardChange.Suspend, "suspend", "Suspend a card: it is never offered until unsuspended")
{
    public const string Action = "/suspend";
}
