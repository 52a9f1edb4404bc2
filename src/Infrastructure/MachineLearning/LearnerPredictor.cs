using AdaptiveLearning.Application.Adaptive.Scoring;

namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>One model version primed with one learner's replayed history; features are built per candidate without changing it.</summary>
internal sealed class LearnerPredictor(CorrectnessModel model, LearnerFeatureState learner) : ILearnerPredictor
{
    public int ModelVersion => model.Manifest.Version;

    public PredictedCorrectness Predict(long questionId, long facetId, DateTimeOffset at)
    {
        var prediction = model.Predict(learner, questionId.ToString(), facetId.ToString(), at);
        return new PredictedCorrectness(prediction.Probability,
            prediction.TopContributions.Select(c => new PredictionFactor(c.Feature, c.Value, c.Contribution)).ToList());
    }
}
