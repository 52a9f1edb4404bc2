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
}
