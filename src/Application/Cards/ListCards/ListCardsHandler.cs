using System.Globalization;
using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Sessions;

namespace AdaptiveLearning.Application.Cards.ListCards;

internal sealed class ListCardsHandler(SessionLoader loader, ICardQueries cards, IClock clock) : IHandler<ListCardsQuery, CardPage>
{
    public async Task<CardPage> HandleAsync(ListCardsQuery request, CancellationToken ct)
    {
        var spec = request.Specification with { Limit = Math.Clamp(request.Specification.Limit, 1, CardListSpecification.MaxLimit) };
        var schedule = LearnerSchedule.For(await loader.LearnerAsync(spec.UserId, ct));
        var rows = await cards.ListAsync(spec, ct);
        var now = clock.UtcNow;
        var page = rows.Take(spec.Limit).Select(r => CardView.From(r.Id, r.QuestionId, r.Snapshot, schedule, now, r.Path)).ToList();
        var next = rows.Count > spec.Limit ? page[^1].Id.ToString(CultureInfo.InvariantCulture) : null;
        return new CardPage(page, next);
    }
}
