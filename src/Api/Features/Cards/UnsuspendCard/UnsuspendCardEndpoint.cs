using AdaptiveLearning.Application.Cards.UnsuspendCard;
using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Api.Features.Cards.UnsuspendCard;

internal sealed class UnsuspendCardEndpoint(IHandler<UnsuspendCardCommand, CardView> handler)
    : CardActionEndpoint<UnsuspendCardCommand>(handler, Action, "Unsuspend a card")
{
    public const string Action = "/unsuspend";

    protected override UnsuspendCardCommand Command(Guid userId, long cardId) => new(userId, cardId);
}
