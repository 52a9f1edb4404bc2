using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Sessions;

namespace AdaptiveLearning.Application.Cards.ListCards;

internal sealed class ListCardsHandler(SessionLoader loader, ICardQueries cards, IClock clock) : IHandler<ListCardsQuery, CardPage>
{
    public async Task<CardPage> HandleAsync(ListCardsQuery request, CancellationToken ct)
    {
        var spec = new CardListSpecification(request.UserId, request.State, request.DueBefore, request.Node, request.Leech,
            request.Suspended, KeysetCursor.DecodeOrThrow(request.Cursor, "cursor"),
            Math.Clamp(request.Limit ?? CardListSpecification.DefaultLimit, 1, CardListSpecification.MaxLimit));
        var schedule = LearnerSchedule.For(await loader.LearnerAsync(spec.UserId, ct));
        var page = await cards.ListAsync(spec, ct);
        var now = clock.UtcNow;
        return new CardPage(page.Items.Select(r => CardView.From(r.Id, r.QuestionId, r.Snapshot, schedule, now, r.Path)).ToList(),
            page.Next?.Encode());
    }
}
