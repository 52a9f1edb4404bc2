using System.Globalization;
using AdaptiveLearning.Application.Adaptive.Scoring;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>One model version and one learner's feature state; features are built per candidate without changing it.</summary>
internal sealed class LearnerPredictor(CorrectnessModel model, LearnerFeatureState learner) : ILearnerPredictor
{
    // The learner id only groups a log by person; one predictor is one person.
    private const string Learner = "";

    public int ModelVersion => model.Manifest.Version;

    public void Record(long questionId, long facetId, DateTimeOffset answeredAt, bool correct) =>
        model.Features.Record(learner, new AttemptRecord(Learner, Id(questionId), Id(facetId), answeredAt, correct));

    public PredictedCorrectness Predict(long questionId, long facetId, DateTimeOffset at)
    {
        var prediction = model.Predict(learner, Id(questionId), Id(facetId), at);
        return new PredictedCorrectness(prediction.Probability,
            prediction.TopContributions.Select(c => new PredictionFactor(c.Feature, c.Value, c.Contribution)).ToList());
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
