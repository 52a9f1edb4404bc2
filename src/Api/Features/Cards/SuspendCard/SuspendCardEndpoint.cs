using AdaptiveLearning.Application.Cards.SuspendCard;
using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Api.Features.Cards.SuspendCard;

internal sealed class SuspendCardEndpoint(IHandler<SuspendCardCommand, CardView> handler)
    : CardActionEndpoint<SuspendCardCommand>(handler, Action, "Suspend a card: it is never offered until unsuspended")
{
    public const string Action = "/suspend";

    protected override SuspendCardCommand Command(Guid userId, long cardId) => new(userId, cardId);
}
