using System.Diagnostics;
using AdaptiveLearning.Domain.Tracing;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>Trains the Best-LR style logistic regression on an attempt log with ML.NET.</summary>
public sealed class CorrectnessModelTrainer(CorrectnessTrainingOptions options, TimeProvider clock)
{
    public CorrectnessModelTrainer() : this(new CorrectnessTrainingOptions(), TimeProvider.System)
    {
    }

    /// <param name="attempts">Chronological per learner.</param>
    /// <param name="heldOut">Other learners' attempts to measure the model on, recorded in the manifest.</param>
    public CorrectnessModel Train(IReadOnlyCollection<AttemptRecord> attempts, IReadOnlyCollection<AttemptRecord>? heldOut = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var ml = new MLContext(options.Seed);
        var layout = CorrectnessFeatureBuilder.LearnLayout(attempts);
        var builder = new CorrectnessFeatureBuilder(layout);
        var rows = builder.BuildForLog(attempts)
            .Select(r => CorrectnessRow.From(r.Features, layout.Dimension, r.Attempt.Correct))
            .ToList();
        var data = CorrectnessSchema.Load(ml, rows, layout.Dimension);
        ITransformer transformer = options.Trainer switch
        {
            CorrectnessTrainerKind.LbfgsLogisticRegression => ml.BinaryClassification.Trainers
                .LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
                {
                    L2Regularization = options.L2Regularization,
                    L1Regularization = 0,
                    MaximumNumberOfIterations = options.MaximumIterations,
                    NumberOfThreads = options.Threads,
                })
                .Fit(data),
            CorrectnessTrainerKind.SdcaLogisticRegression => ml.BinaryClassification.Trainers
                .SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
                {
                    L2Regularization = options.L2Regularization,
                    L1Regularization = 0,
                    MaximumNumberOfIterations = options.MaximumIterations,
                    NumberOfThreads = options.Threads,
                })
                .Fit(data),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Trainer, "Unknown trainer."),
        };
        var trainSeconds = stopwatch.Elapsed.TotalSeconds;

        var manifest = new CorrectnessModelManifest(0, clock.GetUtcNow(), options.Trainer.ToString(), attempts.Count, layout.Dimension, trainSeconds, null);
        var model = new CorrectnessModel(ml, transformer, layout, manifest);
        return heldOut is { Count: > 0 }
            ? model.WithManifest(manifest with { HeldOut = Measure(model, heldOut) })
            : model;
    }

    public static PredictionQuality Measure(CorrectnessModel model, IReadOnlyCollection<AttemptRecord> attempts)
    {
        var rows = model.Features.BuildForLog(attempts).ToList();
        var predicted = model.PredictBatch([.. rows.Select(r => r.Features)]);
        return PredictionMetrics.Evaluate(predicted, [.. rows.Select(r => r.Attempt.Correct)]);
    }
}
