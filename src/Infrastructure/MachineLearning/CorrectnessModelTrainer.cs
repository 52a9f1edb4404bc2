using System.Diagnostics;
using AdaptiveLearning.Domain.Tracing;
using Microsoft.ML.Trainers;
using Microsoft.ML;

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
        var irt = options.IrtFeatures ? new IrtCalibrator().Calibrate(attempts) : null;
        var layout = CorrectnessFeatureBuilder.LearnLayout(
            attempts, options.RecentOutcomes, options.ItemSpecificCounts, irt, options.SkillTransfer, options.AbilityDrift);
        var rows = TrainingRows(attempts, layout);
        var data = CorrectnessSchema.Load(ml, rows, layout.Dimension);
        var transformer = Fit(ml, data);
        var trainSeconds = stopwatch.Elapsed.TotalSeconds;

        var manifest = new CorrectnessModelManifest(0, clock.GetUtcNow(), options.Trainer.ToString(), attempts.Count, layout.Dimension, trainSeconds, null);
        var model = new CorrectnessModel(ml, transformer, layout, manifest);
        return heldOut is { Count: > 0 } ? model.WithHeldOut(Measure(model, heldOut)) : model;
    }

    public static PredictionQuality Measure(CorrectnessModel model, IReadOnlyCollection<AttemptRecord> attempts)
    {
        var rows = model.Features.BuildForLog(attempts).ToList();
        var predicted = model.PredictBatch([.. rows.Select(r => r.Features)]);
        return PredictionMetrics.Evaluate(predicted, [.. rows.Select(r => r.Attempt.Correct)]);
    }

    private List<CorrectnessRow> TrainingRows(IReadOnlyCollection<AttemptRecord> attempts, CorrectnessFeatureLayout layout)
    {
        if (layout.Irt is null || options.IrtCrossFitFolds < 2)
        {
            return Rows(new CorrectnessFeatureBuilder(layout), attempts, layout.Dimension);
        }

        var foldOf = attempts.Select(a => a.LearnerId).Distinct(StringComparer.Ordinal)
            .Select((learner, index) => (learner, fold: index % options.IrtCrossFitFolds))
            .ToDictionary(p => p.learner, p => p.fold, StringComparer.Ordinal);
        var rows = new List<CorrectnessRow>(attempts.Count);
        for (var fold = 0; fold < options.IrtCrossFitFolds; fold++)
        {
            var inFold = attempts.Where(a => foldOf[a.LearnerId] == fold).ToList();
            var others = attempts.Where(a => foldOf[a.LearnerId] != fold).ToList();
            var foldLayout = layout.WithIrt(new IrtCalibrator().Calibrate(others));
            rows.AddRange(Rows(new CorrectnessFeatureBuilder(foldLayout), inFold, layout.Dimension));
        }

        return rows;
    }

    private static List<CorrectnessRow> Rows(CorrectnessFeatureBuilder builder, IEnumerable<AttemptRecord> attempts, int dimension) =>
        [.. builder.BuildForLog(attempts).Select(r => CorrectnessRow.From(r.Features, dimension, r.Attempt.Correct))];

    private ITransformer Fit(MLContext ml, IDataView data) => options.Trainer switch
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
        CorrectnessTrainerKind.LightGbm => ml.BinaryClassification.Trainers
            .LightGbm(new Microsoft.ML.Trainers.LightGbm.LightGbmBinaryTrainer.Options
            {
                NumberOfIterations = 150,
                LearningRate = 0.15,
                NumberOfLeaves = 31,
                MinimumExampleCountPerLeaf = 100,
                MaximumBinCountPerFeature = 32,
                NumberOfThreads = options.Threads,
                Seed = options.Seed,
            })
            .Fit(data),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Trainer, "Unknown trainer."),
    };
}
