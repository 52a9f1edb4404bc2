namespace AdaptiveLearning.Application.Adaptive;

/// <summary>Configuration section "Adaptive" (weights and placement have sections of their own).</summary>
public sealed class AdaptiveOptions
{
    public const string Section = "Adaptive";

    /// <summary>The correctness model is not trained on fewer attempts than this.</summary>
    public int MinimumTrainingAttempts { get; set; } = 200;

    /// <summary>Items with fewer answers keep their authored IRT parameters.</summary>
    public int MinimumItemResponses { get; set; } = 20;

    /// <summary>Facets with fewer answers keep the default BKT parameters.</summary>
    public int MinimumSkillResponses { get; set; } = 20;

    /// <summary>How many never-studied questions compete for the new slots of a learn or practice queue.</summary>
    public int NewCandidatePool { get; set; } = 100;

    /// <summary>How many learners' adaptive state an instance keeps in memory (each a few KB to a few hundred KB).</summary>
    public int CachedLearners { get; set; } = 20_000;

    /// <summary>A learner's state idle this long is dropped; their next request replays their log once.</summary>
    public TimeSpan CachedLearnerIdle { get; set; } = TimeSpan.FromMinutes(30);
}
