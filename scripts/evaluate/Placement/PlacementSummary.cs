namespace AdaptiveLearning.Evaluate.Placement;

internal sealed record PlacementSummary(
    string Condition, double MeanItems, double MedianItems, double P90Items, double ReachedShare, double Rmse, double Bias, double Correlation, double Coverage)
{
    public static PlacementSummary Of(string condition, IReadOnlyList<PlacementRun> runs)
    {
        var items = runs.Select(r => (double)r.Items).Order().ToArray();
        var errors = runs.Select(r => r.Theta - r.TrueTheta).ToArray();
        return new PlacementSummary(
            condition,
            items.Average(),
            Quantile(items, 0.5),
            Quantile(items, 0.9),
            runs.Count(r => r.ReachedTarget) / (double)runs.Count,
            Math.Sqrt(errors.Average(e => e * e)),
            errors.Average(),
            PearsonCorrelation(runs.Select(r => r.TrueTheta).ToArray(), runs.Select(r => r.Theta).ToArray()),
            runs.Count(r => Math.Abs(r.Theta - r.TrueTheta) <= 1.96 * r.StandardError) / (double)runs.Count);
    }

    private static double Quantile(double[] sorted, double q) => sorted[(int)Math.Min(sorted.Length - 1, Math.Floor(q * sorted.Length))];

    private static double PearsonCorrelation(double[] x, double[] y)
    {
        var (mx, my) = (x.Average(), y.Average());
        var covariance = x.Zip(y, (a, b) => (a - mx) * (b - my)).Sum();
        return covariance / Math.Sqrt(x.Sum(a => (a - mx) * (a - mx)) * y.Sum(b => (b - my) * (b - my)));
    }
}
