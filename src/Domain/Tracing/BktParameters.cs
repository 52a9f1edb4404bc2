namespace AdaptiveLearning.Domain.Tracing;

/// <summary>
/// Bayesian knowledge tracing parameters of one skill: P(L0) <paramref name="Prior"/>, P(T)
/// <paramref name="Learn"/>, P(G) <paramref name="Guess"/>, P(S) <paramref name="Slip"/> and
/// P(F) <paramref name="Forget"/> (0 in classic BKT).
/// </summary>
public sealed record BktParameters(double Prior, double Learn, double Guess, double Slip, double Forget = 0)
{
    /// <summary>Typical values from the BKT literature, used for skills with too little data to fit.</summary>
    public static BktParameters Default { get; } = new(Prior: 0.4, Learn: 0.1, Guess: 0.2, Slip: 0.1);
}
