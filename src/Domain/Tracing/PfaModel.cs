namespace AdaptiveLearning.Domain.Tracing;

public sealed class PfaModel(IReadOnlyDictionary<string, PfaParameters> bySkill, PfaParameters fallback)
{
    public IReadOnlyDictionary<string, PfaParameters> BySkill { get; } = bySkill;

    /// <summary>Fitted on all skills pooled; used for skills the model has not seen.</summary>
    public PfaParameters Fallback { get; } = fallback;

    public double PredictCorrect(string skillId, PracticeCount earlierOnSkill) =>
        (BySkill.TryGetValue(skillId, out var parameters) ? parameters : Fallback).PredictCorrect(earlierOnSkill);
}
