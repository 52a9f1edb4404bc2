using AdaptiveLearning.Application.Adaptive.Scoring;
using AdaptiveLearning.Application.Models;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>
/// Trains, stores and serves the correctness model. The served model lives in the holder and is replaced
/// atomically, so requests in flight finish with the model they started with and nothing restarts.
/// </summary>
internal sealed class CorrectnessModels(CorrectnessModelHolder holder, CorrectnessModelStore store, ModelTrainingOptions options)
    : ICorrectnessModels, ICorrectnessPredictor
{
    private const int SplitSeed = 20201;
    private const int MinimumLearnersToHoldOut = 5;
    private readonly Lock _training = new();

    public CorrectnessModelInfo? Current => holder.Current is { } model ? Info(model.Manifest) : null;

    public IReadOnlyList<int> StoredVersions() => [.. store.Versions().Order()];

    public CorrectnessModelInfo TrainAndServe(IReadOnlyList<AttemptRecord> log, CancellationToken ct)
    {
        // One training at a time per instance: two would race for the same version number.
        lock (_training)
        {
            var (train, heldOut) = Split(log);
            ct.ThrowIfCancellationRequested();
            var model = new CorrectnessModelTrainer(new CorrectnessTrainingOptions { Threads = Math.Max(1, options.TrainingThreads) },
                TimeProvider.System).Train(train, heldOut);
            var file = store.Save(model);
            holder.Swap(model.WithManifest(file.Manifest));
            return Info(file.Manifest);
        }
    }

    public bool ReloadIfNewer()
    {
        var newest = store.Versions().DefaultIfEmpty(0).Max();
        if (newest <= (holder.Current?.Manifest.Version ?? 0))
            return false;
        lock (_training)
        {
            if (store.LoadLatest() is not { } latest || latest.Manifest.Version <= (holder.Current?.Manifest.Version ?? 0))
                return false;
            holder.Swap(latest);
            return true;
        }
    }

    public int? ServedVersion => holder.Current?.Manifest.Version;

    public ILearnerPredictor? StartLearner() =>
        holder.Current is { } model ? new LearnerPredictor(model, model.Features.StartLearner()) : null;

    /// <summary>Whole learners are held out (seeded), so the metrics say how the model does on people it never saw.</summary>
    private (List<AttemptRecord> Train, List<AttemptRecord> HeldOut) Split(IReadOnlyList<AttemptRecord> log)
    {
        var learners = log.Select(a => a.LearnerId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (learners.Count < MinimumLearnersToHoldOut)
            return ([.. log], []);
        var random = new Random(SplitSeed);
        var heldOut = learners.OrderBy(_ => random.Next()).Take(Math.Max(1, (int)(learners.Count * options.HeldOutShare)))
            .ToHashSet(StringComparer.Ordinal);
        return ([.. log.Where(a => !heldOut.Contains(a.LearnerId))], [.. log.Where(a => heldOut.Contains(a.LearnerId))]);
    }

    private static CorrectnessModelInfo Info(CorrectnessModelManifest m) => new(m.Version, m.TrainedAt, m.Trainer, m.TrainingAttempts,
        m.FeatureCount, Math.Round(m.TrainSeconds, 3), Round(m.HeldOut?.Auc), Round(m.HeldOut?.LogLoss), Round(m.HeldOut?.Rmse), m.HeldOut?.Count);

    private static double? Round(double? value) => value is { } v && double.IsFinite(v) ? Math.Round(v, 4) : null;
}
