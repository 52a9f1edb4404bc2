namespace AdaptiveLearning.Domain.Tracing;

/// <summary>The usual knowledge-tracing metrics for predicted probabilities of a correct answer.</summary>
public static class PredictionMetrics
{
    /// <summary>Keeps log loss finite when a model is certain and wrong.</summary>
    public const double ProbabilityClip = 1e-15;

    public static PredictionQuality Evaluate(IReadOnlyList<double> predicted, IReadOnlyList<bool> actual) =>
        new(Auc(predicted, actual), LogLoss(predicted, actual), Rmse(predicted, actual), predicted.Count);

    /// <summary>
    /// Area under the ROC curve from ranks (Mann-Whitney U); tied predictions share their average rank,
    /// which counts a tied positive/negative pair as half right. NaN when only one class is present.
    /// </summary>
    public static double Auc(IReadOnlyList<double> predicted, IReadOnlyList<bool> actual)
    {
        RequireSameLength(predicted, actual);
        var order = Enumerable.Range(0, predicted.Count).OrderBy(i => predicted[i]).ToArray();
        double positiveRankSum = 0;
        long positives = 0;
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && predicted[order[end + 1]] == predicted[order[start]])
            {
                end++;
            }

            var averageRank = (start + end) / 2.0 + 1;
            for (var k = start; k <= end; k++)
            {
                if (actual[order[k]])
                {
                    positiveRankSum += averageRank;
                    positives++;
                }
            }

            start = end + 1;
        }

        long negatives = predicted.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double)positives * negatives);
    }

    public static double LogLoss(IReadOnlyList<double> predicted, IReadOnlyList<bool> actual)
    {
        RequireSameLength(predicted, actual);
        double total = 0;
        for (var i = 0; i < predicted.Count; i++)
        {
            var p = Math.Clamp(predicted[i], ProbabilityClip, 1 - ProbabilityClip);
            total -= actual[i] ? Math.Log(p) : Math.Log(1 - p);
        }

        return total / predicted.Count;
    }

    public static double Rmse(IReadOnlyList<double> predicted, IReadOnlyList<bool> actual)
    {
        RequireSameLength(predicted, actual);
        double total = 0;
        for (var i = 0; i < predicted.Count; i++)
        {
            var error = predicted[i] - (actual[i] ? 1 : 0);
            total += error * error;
        }

        return Math.Sqrt(total / predicted.Count);
    }

    private static void RequireSameLength(IReadOnlyList<double> predicted, IReadOnlyList<bool> actual)
    {
        if (predicted.Count != actual.Count || predicted.Count == 0)
        {
            throw new ArgumentException("Predictions and outcomes must be non-empty and of equal length.");
        }
    }
}
