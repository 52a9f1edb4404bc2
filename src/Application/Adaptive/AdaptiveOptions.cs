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
}
