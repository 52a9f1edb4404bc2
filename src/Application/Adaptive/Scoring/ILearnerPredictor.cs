namespace AdaptiveLearning.Application.Adaptive.Scoring;

/// <summary>One model version primed with one learner's history; predicting does not change it.</summary>
public interface ILearnerPredictor
{
    int ModelVersion { get; }

    PredictedCorrectness Predict(long questionId, long facetId, DateTimeOffset at);
}
