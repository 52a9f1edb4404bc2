using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Evaluate.KnowledgeTracing;

/// <summary>
/// Holds out whole learners, as the published splits do: the models must predict people they have never seen.
/// The choice depends only on the set of learner ids and the seed, so every run picks the same learners.
/// </summary>
internal static class LearnerSplit
{
    public static (List<AttemptRecord> Train, List<AttemptRecord> Test) HoldOut(IReadOnlyList<AttemptRecord> attempts, double testFraction, int seed)
    {
        var learners = attempts.Select(a => a.LearnerId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(learners);
        var testLearners = learners.Take((int)Math.Round(learners.Length * testFraction)).ToHashSet(StringComparer.Ordinal);
        var train = attempts.Where(a => !testLearners.Contains(a.LearnerId)).ToList();
        var test = attempts.Where(a => testLearners.Contains(a.LearnerId)).ToList();
        return (train, test);
    }
}
