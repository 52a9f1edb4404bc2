namespace AdaptiveLearning.Domain.Tracing;

/// <summary>
/// EAP ability estimation on a fixed quadrature grid with a normal prior. A grid rather than Newton
/// steps because it is stable for all-correct or all-wrong patterns, which are common early in a test.
/// </summary>
public sealed class AbilityEstimator
{
    public AbilityEstimator(double priorMean = 0, double priorStandardDeviation = 1, int gridPoints = 81, double gridHalfWidth = 4)
    {
        if (gridPoints < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(gridPoints), "A quadrature grid needs at least two points.");
        }

        Grid = new double[gridPoints];
        PriorLogDensity = new double[gridPoints];
        var low = priorMean - gridHalfWidth * priorStandardDeviation;
        var step = 2 * gridHalfWidth * priorStandardDeviation / (gridPoints - 1);
        for (var i = 0; i < gridPoints; i++)
        {
            Grid[i] = low + i * step;
            var standardised = (Grid[i] - priorMean) / priorStandardDeviation;
            PriorLogDensity[i] = -0.5 * standardised * standardised;
        }
    }

    internal double[] Grid { get; }

    internal double[] PriorLogDensity { get; }

    public AbilityPosterior StartPosterior() => new(this);

    public AbilityEstimate Estimate(IEnumerable<ItemResponse> responses)
    {
        var posterior = StartPosterior();
        foreach (var response in responses)
        {
            posterior.Observe(response.Item, response.Correct);
        }

        return posterior.Estimate();
    }
}
