namespace AdaptiveLearning.Domain.Scheduling;

/// <summary>
/// Fits FSRS-6 to one learner's history: mini-batch Adam on the log loss of predicted recall,
/// pulled toward the defaults (a Gaussian prior) so a small or odd history cannot drag the
/// weights somewhere absurd, and clamped to the admissible bounds after every step.
/// Gradients are forward finite differences: 22 evaluations per batch are cheap next to the
/// bookkeeping an analytic gradient through the recurrence would need.
/// </summary>
public sealed class FsrsOptimizer(FsrsOptimizerOptions? options = null)
{
    private const int InitialStabilityCount = 4;

    /// <summary>How far each weight typically strays from its default across learners; the prior's width.</summary>
    private static readonly double[] TypicalSpread =
    [
        6.4, 9.7, 17.6, 27.9, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33,
        0.3, 0.09, 0.16, 0.57, 0.25, 1.0, 0.31, 0.32, 0.14, 0.27,
    ];

    private readonly FsrsOptimizerOptions _options = options ?? FsrsOptimizerOptions.Default;

    public FsrsFitResult Fit(IEnumerable<IReadOnlyList<ReviewRecord>> cardHistories, LearnerCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(cardHistories);
        ArgumentNullException.ThrowIfNull(calendar);
        var set = FsrsTrainingSet.From(cardHistories, calendar);
        var defaults = FsrsParameters.Default.ToArray();
        var defaultLoss = MeanLoss(set, defaults);

        var scope = set.ScoredReviewCount < _options.MinimumReviews ? FsrsFitScope.DefaultsKept
            : set.ScoredReviewCount < _options.MinimumReviewsForAllParameters ? FsrsFitScope.InitialStabilitiesOnly
            : FsrsFitScope.AllParameters;
        if (scope == FsrsFitScope.DefaultsKept)
        {
            return new FsrsFitResult(FsrsParameters.Default, scope, set.ScoredReviewCount, defaultLoss, defaultLoss);
        }

        var free = Enumerable.Range(0, scope == FsrsFitScope.AllParameters ? FsrsParameters.Count : InitialStabilityCount).ToArray();
        var fitted = Train(set, defaults, free);
        var fittedLoss = MeanLoss(set, fitted);
        // Guards against an unlucky descent: never hand back weights worse than the starting point.
        return fittedLoss <= defaultLoss
            ? new FsrsFitResult(new FsrsParameters(fitted), scope, set.ScoredReviewCount, fittedLoss, defaultLoss)
            : new FsrsFitResult(FsrsParameters.Default, scope, set.ScoredReviewCount, defaultLoss, defaultLoss);
    }

    private double[] Train(FsrsTrainingSet set, double[] defaults, int[] free)
    {
        var weights = (double[])defaults.Clone();
        var adam = new AdamState(FsrsParameters.Count);
        var random = new Random(_options.Seed);
        var batches = Batches(set, random).ToList();
        var totalSteps = _options.Epochs * batches.Count;
        var step = 0;
        for (var epoch = 0; epoch < _options.Epochs; epoch++)
        {
            if (epoch > 0)
            {
                batches = Batches(set, random).ToList();
            }

            foreach (var batch in batches)
            {
                var gradient = Gradient(weights, defaults, batch, set.ScoredReviewCount, free);
                // Cosine annealing: big steps early, settling gently at the end.
                var learningRate = _options.LearningRate * 0.5 * (1 + Math.Cos(Math.PI * step / totalSteps));
                adam.Step(weights, gradient, free, learningRate);
                ClampToBounds(weights);
                step++;
            }
        }

        return weights;
    }

    private double[] Gradient(double[] weights, double[] defaults, Batch batch, int totalScored, int[] free)
    {
        var baseline = BatchObjective(weights, defaults, batch, totalScored);
        var gradient = new double[FsrsParameters.Count];
        Parallel.ForEach(free, i =>
        {
            var shifted = (double[])weights.Clone();
            var h = 1e-5 * Math.Max(1.0, Math.Abs(weights[i]));
            shifted[i] += h;
            gradient[i] = (BatchObjective(shifted, defaults, batch, totalScored) - baseline) / h;
        });
        return gradient;
    }

    /// <summary>Mean log loss over the batch plus the prior, spread evenly over all long-term reviews.</summary>
    private double BatchObjective(double[] weights, double[] defaults, Batch batch, int totalScored)
    {
        var loss = FsrsTrainingSet.LossSum(new FsrsModel(weights), batch.Cards) / batch.ScoredCount;
        var prior = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            var z = (weights[i] - defaults[i]) / TypicalSpread[i];
            prior += z * z;
        }

        return loss + _options.Regularisation * prior / totalScored;
    }

    private IEnumerable<Batch> Batches(FsrsTrainingSet set, Random random)
    {
        var shuffled = set.Cards.Where(card => card.ScoredCount > 0).OrderBy(_ => random.Next()).ToList();
        var current = new List<FsrsTrainingSet.CardSequence>();
        var scored = 0;
        foreach (var card in shuffled)
        {
            current.Add(card);
            scored += card.ScoredCount;
            if (scored >= _options.BatchSize)
            {
                yield return new Batch(current, scored);
                current = [];
                scored = 0;
            }
        }

        if (scored > 0)
        {
            yield return new Batch(current, scored);
        }
    }

    private static double MeanLoss(FsrsTrainingSet set, double[] weights) =>
        set.ScoredReviewCount == 0 ? double.NaN : FsrsTrainingSet.LossSum(new FsrsModel(weights), set.Cards) / set.ScoredReviewCount;

    private static void ClampToBounds(double[] weights)
    {
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = Math.Clamp(weights[i], FsrsParameterBounds.Lower[i], FsrsParameterBounds.Upper[i]);
        }
    }

    private sealed record Batch(IReadOnlyList<FsrsTrainingSet.CardSequence> Cards, int ScoredCount);
}
