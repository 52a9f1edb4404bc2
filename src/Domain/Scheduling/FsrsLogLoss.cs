namespace AdaptiveLearning.Domain.Scheduling;

public static class FsrsLogLoss
{
    /// <summary>
    /// Mean log loss of FSRS's predicted recall over every long-term review (not a card's first,
    /// at least one learner day after the previous), each predicted from the card's earlier reviews.
    /// </summary>
    public static double Compute(FsrsParameters parameters, IEnumerable<IReadOnlyList<ReviewRecord>> cardHistories, LearnerCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var set = FsrsTrainingSet.From(cardHistories, calendar);
        return set.ScoredReviewCount == 0
            ? double.NaN
            : FsrsTrainingSet.LossSum(new FsrsModel(parameters), set.Cards) / set.ScoredReviewCount;
    }
}
