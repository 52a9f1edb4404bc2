using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Domain.Simulation;

/// <summary>
/// Draws one learner's FSRS-6 weights around a population's: initial stabilities (w0–w3) and the recall
/// stability gain (w8) vary log-normally, the forgetting curve's decay (w20) normally, everything kept inside
/// the admissible bounds. These are the weights that differ most between users in the published optimiser runs.
/// </summary>
public static class MemoryParameterSampler
{
    public static FsrsParameters Draw(FsrsParameters population, double spread, Random random)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(random);
        var weights = population.Values.ToArray();
        for (var i = 0; i < 4; i++)
            weights[i] *= Math.Exp(spread * Normal(random));
        weights[8] += spread * 0.5 * Normal(random);
        weights[20] += spread * 0.1 * Normal(random);
        for (var i = 0; i < weights.Length; i++)
            weights[i] = Math.Clamp(weights[i], FsrsParameterBounds.Lower[i], FsrsParameterBounds.Upper[i]);
        // A better first rating must never leave a less stable memory.
        for (var i = 1; i < 4; i++)
            weights[i] = Math.Max(weights[i], weights[i - 1]);
        return new FsrsParameters(weights);
    }

    public static double Normal(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var u = 1 - random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * random.NextDouble());
    }
}
