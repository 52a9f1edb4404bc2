using System.Globalization;
using AdaptiveLearning.Domain.Tracing;
using AdaptiveLearning.Infrastructure.MachineLearning;

namespace AdaptiveLearning.Evaluate.KnowledgeTracing;

/// <summary>
/// Chooses the ML.NET model's settings by k-fold cross-validation over the training learners only (whole learners
/// per fold, seeded), so the held-out learners never influence a choice.
/// </summary>
internal static class SettingSelection
{
    public const int Folds = 3;
    private const int FoldSeed = 7;

    public static IReadOnlyList<(string Label, CorrectnessTrainingOptions Options)> Grid(CorrectnessTrainingOptions baseline) =>
    [
        ("L2 3, without drift features", baseline with { L2Regularization = 3, AbilityDrift = false }),
        ("L2 1, drift features", baseline with { L2Regularization = 1, AbilityDrift = true }),
        ("L2 3, drift features", baseline with { L2Regularization = 3, AbilityDrift = true }),
        ("L2 10, drift features", baseline with { L2Regularization = 10, AbilityDrift = true }),
        ("LightGBM (150 trees, 31 leaves), drift features", baseline with { Trainer = CorrectnessTrainerKind.LightGbm, AbilityDrift = true }),
    ];

    public static (CorrectnessTrainingOptions Best, IReadOnlyList<(string Label, double Auc)> Table) Select(
        IReadOnlyList<AttemptRecord> train, IReadOnlyList<(string Label, CorrectnessTrainingOptions Options)> grid)
    {
        var learners = train.Select(a => a.LearnerId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        new Random(FoldSeed).Shuffle(learners);
        var foldOf = learners.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index % Folds, StringComparer.Ordinal);
        var table = new List<(string Label, double Auc)>();
        foreach (var (label, options) in grid)
        {
            var aucs = Enumerable.Range(0, Folds).Select(fold =>
            {
                var model = new CorrectnessModelTrainer(options, TimeProvider.System).Train([.. train.Where(a => foldOf[a.LearnerId] != fold)]);
                var heldOut = train.Where(a => foldOf[a.LearnerId] == fold).ToList();
                return PredictionMetrics.Auc(model.PredictBatch([.. model.Features.BuildForLog(heldOut).Select(r => r.Features)]),
                    [.. heldOut.Select(a => a.Correct)]);
            }).ToList();
            table.Add((label, aucs.Average()));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cv {label}: mean AUC {aucs.Average():F4} over {Folds} folds"));
        }

        var best = table.Select((row, index) => (row.Auc, index)).MaxBy(r => r.Auc).index;
        return (grid[best].Options, table);
    }
}
