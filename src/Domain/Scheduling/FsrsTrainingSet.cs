using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Domain.Scheduling;

/// <summary>
/// Review histories reduced to what the FSRS memory model sees: per card, the rating and the
/// learner-calendar days since the previous review. Built once so each optimiser step only
/// does arithmetic.
/// </summary>
internal sealed class FsrsTrainingSet
{
    private FsrsTrainingSet(IReadOnlyList<CardSequence> cards)
    {
        Cards = cards;
        ScoredReviewCount = cards.Sum(card => card.ScoredCount);
    }

    public IReadOnlyList<CardSequence> Cards { get; }

    /// <summary>Reviews that test long-term memory: not a card's first, and at least a day after the previous.</summary>
    public int ScoredReviewCount { get; }

    public static FsrsTrainingSet From(IEnumerable<IReadOnlyList<ReviewRecord>> histories, LearnerCalendar calendar)
    {
        var cards = histories
            .Where(history => history.Count > 0)
            .Select(history => CardSequence.From(history.OrderBy(review => review.ReviewedAt).ToList(), calendar))
            .ToList();
        return new FsrsTrainingSet(cards);
    }

    /// <summary>Summed binary cross-entropy of predicted recall against actual recall (any rating but Again).</summary>
    public static double LossSum(FsrsModel model, IReadOnlyList<CardSequence> cards)
    {
        var sum = 0.0;
        foreach (var card in cards)
        {
            sum += card.LossSum(model);
        }

        return sum;
    }

    internal sealed record CardSequence(int[] ElapsedDays, Rating[] Ratings, int ScoredCount)
    {
        private const double ProbabilityFloor = 1e-7;

        public static CardSequence From(IReadOnlyList<ReviewRecord> reviews, LearnerCalendar calendar)
        {
            var elapsed = new int[reviews.Count];
            for (var i = 1; i < reviews.Count; i++)
            {
                elapsed[i] = calendar.ElapsedDays(reviews[i - 1].ReviewedAt, reviews[i].ReviewedAt);
            }

            var scored = elapsed.Skip(1).Count(days => days >= 1);
            return new CardSequence(elapsed, reviews.Select(review => review.Rating).ToArray(), scored);
        }

        public double LossSum(FsrsModel model)
        {
            double? stability = null;
            double? difficulty = null;
            var sum = 0.0;
            for (var i = 0; i < Ratings.Length; i++)
            {
                if (i > 0 && ElapsedDays[i] >= 1)
                {
                    var predicted = Math.Clamp(model.Retrievability(ElapsedDays[i], stability!.Value), ProbabilityFloor, 1 - ProbabilityFloor);
                    sum -= Ratings[i] == Rating.Again ? Math.Log(1 - predicted) : Math.Log(predicted);
                }

                (stability, difficulty) = model.NextMemory(stability, difficulty, ElapsedDays[i], Ratings[i]);
            }

            return sum;
        }
    }
}
