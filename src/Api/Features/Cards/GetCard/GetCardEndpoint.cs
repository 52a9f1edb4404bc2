using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Cards.GetCard;
using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Cards.GetCard;

internal sealed class GetCardEndpoint(IHandler<GetCardQuery, CardView> handler) : Endpoint<CardRequest, CardView>
{
    public override void Configure()
    {
        Get(CardRequest.Route);
        Options(x => x.WithTags("Cards"));
        Summary(s => s.Summary = "One of my cards, with its retrievability now, stability and difficulty");
        Description(x => x.Produces<CardView>().ProducesProblem(401).ProducesProblem(404), clearDefaults: true);
    }

    public override async Task HandleAsync(CardRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new GetCardQuery(User.UserId(), req.Id), ct), ct);
}
