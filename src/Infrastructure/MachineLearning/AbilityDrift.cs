namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>
/// How far a learner's recent answers ran above (+) or below (−) what their IRT ability so far predicted, as
/// recency-weighted means overall and per skill. A static θ lags a learner who is learning (or tiring); this
/// residual carries that drift, in the spirit of R-PFA and Elo-style ability updates.
/// </summary>
public sealed class AbilityDrift
{
    /// <summary>Each older residual weighs this times the next one.</summary>
    public const double Decay = 0.8;

    private readonly Dictionary<string, WeightedMean> _bySkill = new(StringComparer.Ordinal);
    private WeightedMean _overall;

    public double Overall => _overall.Value;

    public double OnSkill(string skillId) => _bySkill.GetValueOrDefault(skillId).Value;

    public void Record(string skillId, double residual)
    {
        _overall = _overall.Add(residual);
        _bySkill[skillId] = _bySkill.GetValueOrDefault(skillId).Add(residual);
    }

    private readonly record struct WeightedMean(double Sum, double Weight)
    {
        public double Value => Weight == 0 ? 0 : Sum / Weight;

        public WeightedMean Add(double value) => new(Decay * Sum + value, Decay * Weight + 1);
    }
}
