using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Cards;

/// <summary>The shape shared by the one-word card actions (suspend, unsuspend, bury, reset): POST to the card's action route.</summary>
internal abstract class CardActionEndpoint<TCommand>(IHandler<TCommand, CardView> handler, string action, string summary)
    : Endpoint<CardRequest, CardView>
{
    public override void Configure()
    {
        Post(CardRequest.Route + action);
        Options(x => x.WithTags("Cards"));
        Summary(s => s.Summary = summary);
        Description(x => x.Produces<CardView>().ProducesProblem(401).ProducesProblem(404), clearDefaults: true);
    }

    protected abstract TCommand Command(Guid userId, long cardId);

    public override async Task HandleAsync(CardRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(Command(User.UserId(), req.Id), ct), ct);
}
