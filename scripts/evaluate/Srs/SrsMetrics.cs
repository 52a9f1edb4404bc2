namespace AdaptiveLearning.Evaluate.Srs;

/// <summary>Scores of recall predictions, as srs-benchmark reports them.</summary>
public static class SrsMetrics
{
    private const double ProbabilityFloor = 1e-7;
    private const int CalibrationBins = 20;

    public static double LogLoss(IReadOnlyList<(double Predicted, bool Recalled)> outcomes) =>
        outcomes.Average(outcome =>
        {
            var p = Math.Clamp(outcome.Predicted, ProbabilityFloor, 1 - ProbabilityFloor);
            return -(outcome.Recalled ? Math.Log(p) : Math.Log(1 - p));
        });

    /// <summary>
    /// Calibration error: predictions binned by predicted recall, each bin's mean prediction against
    /// its observed recall rate, root-mean-square weighted by the number of reviews in the bin.
    /// </summary>
    public static double RmseBins(IReadOnlyList<(double Predicted, bool Recalled)> outcomes)
    {
        var bins = outcomes
            .GroupBy(outcome => Math.Min((int)(outcome.Predicted * CalibrationBins), CalibrationBins - 1))
            .Select(bin => (Count: bin.Count(), Gap: bin.Average(o => o.Predicted) - bin.Average(o => o.Recalled ? 1.0 : 0.0)));
        var weighted = bins.Sum(bin => bin.Count * bin.Gap * bin.Gap);
        return Math.Sqrt(weighted / outcomes.Count);
    }

    /// <summary>Probability that a recalled review was predicted higher than a forgotten one (ties count half).</summary>
    public static double Auc(IReadOnlyList<(double Predicted, bool Recalled)> outcomes)
    {
        var sorted = outcomes.OrderBy(outcome => outcome.Predicted).ToList();
        var positiveRankSum = 0.0;
        for (var start = 0; start < sorted.Count;)
        {
            var end = start;
            while (end < sorted.Count && sorted[end].Predicted == sorted[start].Predicted)
            {
                end++;
            }

            // Tied predictions share the mean of the ranks they span (ranks are 1-based).
            var meanRank = (start + 1 + end) / 2.0;
            positiveRankSum += meanRank * sorted.Skip(start).Take(end - start).Count(outcome => outcome.Recalled);
            start = end;
        }

        double positives = outcomes.Count(outcome => outcome.Recalled);
        var negatives = outcomes.Count - positives;
        return (positiveRankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }
}
