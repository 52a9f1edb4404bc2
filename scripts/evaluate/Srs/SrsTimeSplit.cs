using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Evaluate.Srs;

/// <summary>
/// The earliest share of reviews trains, the rest tests. Test reviews are predicted from each
/// card's state just before them, with the card's whole earlier history (train and test) replayed,
/// as a scheduler in production would see it.
/// </summary>
public sealed class SrsTimeSplit
{
    private readonly IReadOnlyList<SrsReviewLogEntry> _reviews;
    private readonly int _firstTestIndex;

    public SrsTimeSplit(IReadOnlyList<SrsReviewLogEntry> reviewsInTimeOrder, double trainShare)
    {
        _reviews = reviewsInTimeOrder;
        _firstTestIndex = (int)(reviewsInTimeOrder.Count * trainShare);
    }

    public DateTimeOffset Cut => _reviews[_firstTestIndex].Review.ReviewedAt;

    public IReadOnlyList<IReadOnlyList<ReviewRecord>> TrainHistories() =>
        _reviews.Take(_firstTestIndex)
            .GroupBy(entry => entry.CardId)
            .Select(card => (IReadOnlyList<ReviewRecord>)card.Select(entry => entry.Review).ToList())
            .ToList();

    /// <summary>Predicted recall and outcome of every long-term test review (a day or more after the card's previous review).</summary>
    public IReadOnlyList<(double Predicted, bool Recalled)> TestOutcomes(ISpacedRepetitionScheduler scheduler, LearnerCalendar calendar)
    {
        var outcomes = new List<(double, bool)>();
        var cards = new Dictionary<string, MemoryState>();
        for (var i = 0; i < _reviews.Count; i++)
        {
            var (cardId, review) = _reviews[i];
            var before = cards.GetValueOrDefault(cardId, MemoryState.New);
            var isLongTerm = before.LastReview is { } last && calendar.ElapsedDays(last, review.ReviewedAt) >= 1;
            if (i >= _firstTestIndex && isLongTerm)
            {
                outcomes.Add((scheduler.Retrievability(before, review.ReviewedAt, calendar), review.Rating > Domain.Common.Rating.Again));
            }

            cards[cardId] = scheduler.Review(before, review.Rating, review.ReviewedAt, calendar);
        }

        return outcomes;
    }
}
