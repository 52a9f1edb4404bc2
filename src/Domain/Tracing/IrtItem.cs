namespace AdaptiveLearning.Domain.Tracing;

/// <summary>
/// An item in the three-parameter logistic model: P(correct | θ) = c + (1 − c) / (1 + e^(−a(θ − b))).
/// With <paramref name="C"/> = 0 it is the 2PL model, and with <paramref name="A"/> = 1 too, the Rasch model.
/// </summary>
public sealed record IrtItem(double A, double B, double C = 0)
{
    public static IrtItem Neutral { get; } = new(1, 0);

    public double Probability(double theta) => C + (1 - C) * Logistic.Sigmoid(A * (theta - B));

    /// <summary>Fisher information at θ: how much an answer to this item tells about the ability there.</summary>
    public double Information(double theta)
    {
        var p = Probability(theta);
        if (p <= 0 || p >= 1)
        {
            return 0;
        }

        var aboveGuessing = (p - C) / (1 - C);
        return A * A * aboveGuessing * aboveGuessing * (1 - p) / p;
    }
}
