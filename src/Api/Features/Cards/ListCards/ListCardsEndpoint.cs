using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Cards.ListCards;
using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Cards.ListCards;

internal sealed class ListCardsEndpoint(IHandler<ListCardsQuery, CardPage> handler) : Endpoint<ListCardsRequest, CardPage>
{
    public override void Configure()
    {
        Get(ListCardsRequest.Route);
        Options(x => x.WithTags("Cards"));
        Summary(s => s.Summary = "My cards, filtered by state, due time, node or leech, a page at a time");
        Description(x => x.Produces<CardPage>().ProducesProblem(400).ProducesProblem(401), clearDefaults: true);
    }

    public override async Task HandleAsync(ListCardsRequest req, CancellationToken ct)
    {
        var query = new ListCardsQuery(User.UserId(), req.State, req.DueBefore, req.Node, req.Leech, req.Suspended, req.Cursor ?? req.After, req.Limit);
        await Send.OkAsync(await handler.HandleAsync(query, ct), ct);
    }
}
