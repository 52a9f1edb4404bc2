using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Cards.SetCardDue;
using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Cards.SetCardDue;

internal sealed class SetCardDueEndpoint(IHandler<SetCardDueCommand, CardView> handler) : Endpoint<SetCardDueRequest, CardView>
{
    public override void Configure()
    {
        Post(SetCardDueRequest.Route);
        Options(x => x.WithTags("Cards"));
        Summary(s => s.Summary = "Move a studied card's due time");
        Description(x => x.Produces<CardView>().ProducesProblem(400).ProducesProblem(401).ProducesProblem(404).ProducesProblem(422), clearDefaults: true);
    }

    public override async Task HandleAsync(SetCardDueRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new SetCardDueCommand(User.UserId(), req.Id, req.Due!.Value), ct), ct);
}
