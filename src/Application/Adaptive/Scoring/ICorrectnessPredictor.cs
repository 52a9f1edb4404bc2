namespace AdaptiveLearning.Application.Adaptive.Scoring;

/// <summary>The served correctness model (hot-swapped when retrained).</summary>
public interface ICorrectnessPredictor
{
    /// <summary>The served model's version; null while no model has been trained.</summary>
    int? ServedVersion { get; }

    /// <summary>A predictor for a learner with no attempts yet, on the served model; null while no model has been trained.</summary>
    ILearnerPredictor? StartLearner();
}
