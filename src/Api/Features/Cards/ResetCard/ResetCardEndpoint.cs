using AdaptiveLearning.Application.Cards.ResetCard;
using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Api.Features.Cards.ResetCard;

internal sealed class ResetCardEndpoint(IHandler<ResetCardCommand, CardView> handler)
    : CardActionEndpoint<ResetCardCommand>(handler, Action, "Forget a card's progress: it becomes new again")
{
    public const string Action = "/reset";

    protected override ResetCardCommand Command(Guid userId, long cardId) => new(userId, cardId);
}
