using AdaptiveLearning.Domain.Tracing;
using Microsoft.ML.Data;
using Microsoft.ML;

namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>
/// A trained correctness predictor. Immutable and safe to share between threads: single predictions
/// rent a pooled PredictionEngine, batches go through <see cref="ITransformer.Transform"/>.
/// </summary>
public sealed class CorrectnessModel
{
    private readonly MLContext _ml;
    private readonly PredictionEnginePool _engines;
    private readonly LinearWeights? _weights;

    internal CorrectnessModel(MLContext ml, ITransformer transformer, CorrectnessFeatureLayout layout, CorrectnessModelManifest manifest)
    {
        _ml = ml;
        Transformer = transformer;
        Layout = layout;
        Manifest = manifest;
        Features = new CorrectnessFeatureBuilder(layout);
        _weights = LinearWeights.TryFrom(transformer);
        var schema = CorrectnessSchema.For(layout.Dimension);
        _engines = new PredictionEnginePool(() =>
            ml.Model.CreatePredictionEngine<CorrectnessRow, CorrectnessScore>(transformer, inputSchemaDefinition: schema));
    }

    public CorrectnessModelManifest Manifest { get; }

    public CorrectnessFeatureLayout Layout { get; }

    public CorrectnessFeatureBuilder Features { get; }

    internal ITransformer Transformer { get; }

    internal MLContext Context => _ml;

    /// <summary>The same model with its quality on held-out learners recorded in the manifest.</summary>
    public CorrectnessModel WithHeldOut(PredictionQuality quality) => WithManifest(Manifest with { HeldOut = quality });

    internal CorrectnessModel WithManifest(CorrectnessModelManifest manifest) => new(_ml, Transformer, Layout, manifest);

    /// <param name="earlierAttempts">The learner's attempts so far, oldest first.</param>
    public CorrectnessPrediction Predict(IEnumerable<AttemptRecord> earlierAttempts, string itemId, string skillId, DateTimeOffset? at, int topContributions = 3) =>
        Predict(Features.Replay(earlierAttempts), itemId, skillId, at, topContributions);

    /// <summary>For callers that keep a learner's state between attempts instead of replaying the log.</summary>
    public CorrectnessPrediction Predict(LearnerFeatureState learner, string itemId, string skillId, DateTimeOffset? at, int topContributions = 3)
    {
        var features = Features.Build(learner, itemId, skillId, at);
        var score = _engines.Predict(CorrectnessRow.From(features, Layout.Dimension));
        return new CorrectnessPrediction(score.Probability, Explain(features, topContributions));
    }

    /// <summary>P(correct) for many feature vectors at once; the fast path for evaluation and bulk scoring.</summary>
    public double[] PredictBatch(IReadOnlyList<SparseFeatures> rows)
    {
        var data = CorrectnessSchema.Load(_ml, rows.Select(f => CorrectnessRow.From(f, Layout.Dimension)), Layout.Dimension);
        var scored = Transformer.Transform(data);
        return [.. scored.GetColumn<float>(nameof(CorrectnessScore.Probability)).Select(p => (double)p)];
    }

    public IReadOnlyList<FeatureContribution> Explain(SparseFeatures features, int top)
    {
        if (_weights is null)
        {
            return [];
        }

        var contributions = new List<FeatureContribution>(features.Indices.Length);
        for (var k = 0; k < features.Indices.Length; k++)
        {
            var slot = features.Indices[k];
            contributions.Add(new FeatureContribution(Layout.Describe(slot), features.Values[k], _weights.Weights[slot]));
        }

        return [.. contributions.OrderByDescending(c => Math.Abs(c.Contribution)).Take(top)];
    }
}
