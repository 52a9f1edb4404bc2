namespace AdaptiveLearning.Application.Adaptive.Scoring;

/// <summary>One model version primed with one learner's history, advanced one attempt at a time; predicting does not change it.</summary>
public interface ILearnerPredictor
{
    int ModelVersion { get; }

    /// <summary>Adds the learner's next attempt (chronological order) to what the features are built from.</summary>
    void Record(long questionId, long facetId, DateTimeOffset answeredAt, bool correct);

    PredictedCorrectness Predict(long questionId, long facetId, DateTimeOffset at);
}
