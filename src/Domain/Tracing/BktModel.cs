namespace AdaptiveLearning.Domain.Tracing;

/// <summary>Fitted BKT parameters per skill; unseen or thinly observed skills get the fallback.</summary>
public sealed class BktModel(IReadOnlyDictionary<string, BktParameters> bySkill, BktParameters fallback)
{
    public IReadOnlyDictionary<string, BktParameters> BySkill { get; } = bySkill;

    public BktParameters Fallback { get; } = fallback;

    public BayesianKnowledgeTracing For(string skillId) =>
        new(BySkill.TryGetValue(skillId, out var parameters) ? parameters : Fallback);
}
