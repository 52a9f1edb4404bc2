using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Application.Adaptive.Scoring;

/// <summary>The served correctness model (hot-swapped when retrained).</summary>
public interface ICorrectnessPredictor
{
    /// <param name="history">The learner's attempts so far, oldest first, with item = question id and skill = facet id.</param>
    /// <returns>Null while no model has been trained.</returns>
    ILearnerPredictor? ForLearner(IReadOnlyList<AttemptRecord> history);
}
