using AdaptiveLearning.Application.Cards;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Application.Learning;
using AdaptiveLearning.Application.Sessions;

namespace AdaptiveLearning.Application.Cards.GetCard;

internal sealed class GetCardHandler(SessionLoader loader, ICardQueries cards, IClock clock) : IHandler<GetCardQuery, CardView>
{
    public async Task<CardView> HandleAsync(GetCardQuery request, CancellationToken ct)
    {
        var schedule = LearnerSchedule.For(await loader.LearnerAsync(request.UserId, ct));
        var row = await cards.GetAsync(request.UserId, request.CardId, ct)
            ?? throw new ProblemException(Problems.NotFound, "No such card.");
        return CardView.From(row.Id, row.QuestionId, row.Snapshot, schedule, clock.UtcNow, row.Path);
    }
}
