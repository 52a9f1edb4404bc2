namespace AdaptiveLearning.Domain.UnitTests.Tracing;

internal static class SyntheticLearners
{
    public static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    public static double Correlation(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var (meanX, meanY) = (x.Average(), y.Average());
        double covariance = 0, varianceX = 0, varianceY = 0;
        for (var i = 0; i < x.Count; i++)
        {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            varianceX += (x[i] - meanX) * (x[i] - meanX);
            varianceY += (y[i] - meanY) * (y[i] - meanY);
        }

        return covariance / Math.Sqrt(varianceX * varianceY);
    }
}
