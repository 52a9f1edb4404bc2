namespace AdaptiveLearning.Domain.Tracing;

/// <summary>One learner's posterior over θ on the estimator's grid, updated one response at a time.</summary>
public sealed class AbilityPosterior
{
    private readonly double[] _grid;
    private readonly double[] _logDensity;

    internal AbilityPosterior(AbilityEstimator estimator)
    {
        _grid = estimator.Grid;
        _logDensity = (double[])estimator.PriorLogDensity.Clone();
    }

    public int Responses { get; private set; }

    public void Observe(IrtItem item, bool correct)
    {
        for (var i = 0; i < _grid.Length; i++)
        {
            var p = Math.Clamp(item.Probability(_grid[i]), 1e-12, 1 - 1e-12);
            _logDensity[i] += Math.Log(correct ? p : 1 - p);
        }

        Responses++;
    }

    public AbilityEstimate Estimate()
    {
        var weights = NormalisedWeights();
        double mean = 0, meanSquare = 0;
        for (var i = 0; i < _grid.Length; i++)
        {
            mean += weights[i] * _grid[i];
            meanSquare += weights[i] * _grid[i] * _grid[i];
        }

        return new AbilityEstimate(mean, Math.Sqrt(Math.Max(0, meanSquare - mean * mean)));
    }

    /// <summary>P(correct) averaged over the posterior, which is better calibrated than plugging in the EAP θ.</summary>
    public double PredictCorrect(IrtItem item)
    {
        var weights = NormalisedWeights();
        double probability = 0;
        for (var i = 0; i < _grid.Length; i++)
        {
            probability += weights[i] * item.Probability(_grid[i]);
        }

        return probability;
    }

    private double[] NormalisedWeights()
    {
        var max = _logDensity.Max();
        var weights = new double[_grid.Length];
        double total = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = Math.Exp(_logDensity[i] - max);
            total += weights[i];
        }

        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] /= total;
        }

        return weights;
    }
}
