using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Cards.UndoAnswer;
using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Cards.UndoAnswer;

internal sealed class UndoAnswerEndpoint(IHandler<UndoAnswerCommand, CardView> handler) : Endpoint<CardRequest, CardView>
{
    public const string Action = "/undo";

    public override void Configure()
    {
        Post(CardRequest.Route + Action);
        Options(x => x.WithTags("Cards"));
        Summary(s => s.Summary = "Undo the card's last answer: the card returns to its state before it");
        Description(x => x.Produces<CardView>().ProducesProblem(401).ProducesProblem(404).ProducesProblem(409), clearDefaults: true);
    }

    public override async Task HandleAsync(CardRequest req, CancellationToken ct) =>
        await Send.OkAsync(await handler.HandleAsync(new UndoAnswerCommand(User.UserId(), req.Id), ct), ct);
}
