namespace AdaptiveLearning.Application.Models.FitKnowledgeTracing;

/// <param name="FacetsFitted">Facets with enough answers for EM; the others keep the defaults.</param>
/// <param name="ItemsCalibrated">Questions with enough answers whose IRT parameters were fitted and stored.</param>
public sealed record KnowledgeTracingFit(int Attempts, int Learners, int FacetsFitted, int FacetsWithDefaults, int ItemsCalibrated, double Seconds);
