using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>
/// What the feature builder remembers about one learner between attempts: practice counts and, when the
/// layout uses IRT, the posterior over the learner's ability. Kept incrementally so a long log costs O(n).
/// </summary>
public sealed class LearnerFeatureState
{
    internal LearnerFeatureState(AbilityPosterior? ability) => Ability = ability;

    public PracticeHistory History { get; } = new();

    public AbilityPosterior? Ability { get; }

    public AbilityDrift Drift { get; } = new();

    /// <summary>The unbroken run of answers on one skill that the last answer belongs to.</summary>
    public SkillRun Run { get; internal set; }

    /// <summary>The learner's ability posterior from their answers on each skill alone.</summary>
    internal Dictionary<string, AbilityPosterior> SkillAbility { get; } = new(StringComparer.Ordinal);
}
