using System.Globalization;
using AdaptiveLearning.Domain.Tracing;
using AdaptiveLearning.Infrastructure.MachineLearning;
using NUnit.Framework;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.MachineLearning;

public class RealLogTests
{
    [Test]
    public void OnRealStaticsLearnersThePredictorBeatsItemDifficultyAlone()
    {
        // A slice keeps the test to a few seconds: 40 learners to train on, the next 15 to predict.
        var attempts = ReadLearners(StaticsLog(), 55);
        var learners = attempts.Select(a => a.LearnerId).Distinct().ToList();
        var training = attempts.Where(a => learners.IndexOf(a.LearnerId) < 40).ToList();
        var heldOut = attempts.Where(a => learners.IndexOf(a.LearnerId) >= 40).ToList();

        var model = new CorrectnessModelTrainer().Train(training, heldOut);

        var rateByItem = training.GroupBy(a => a.ItemId).ToDictionary(g => g.Key, g => g.Average(a => a.Correct ? 1.0 : 0.0));
        var itemOnly = PredictionMetrics.Auc([.. heldOut.Select(a => rateByItem.GetValueOrDefault(a.ItemId, 0.7))], [.. heldOut.Select(a => a.Correct)]);
        Assert.That(model.Manifest.HeldOut!.Auc, Is.GreaterThan(itemOnly));
        Assert.That(model.Manifest.HeldOut!.Auc, Is.GreaterThan(0.7));
    }

    /// <summary>The Statics log beside the checkout; the test is skipped on a clone without ../shared.</summary>
    internal static string StaticsLog()
    {
        var path = TestEnvironment.SharedDatasets() is { } datasets ? Path.Combine(datasets, "knowledge-tracing", "statics", "train.tsv") : null;
        if (path is null || !File.Exists(path))
            throw new IgnoreException("shared/datasets/knowledge-tracing/statics is not beside this checkout (set ADAPTIVE_SHARED_DIR)");
        return path;
    }

    internal static List<AttemptRecord> ReadLearners(string path, int learners)
    {
        var attempts = new List<AttemptRecord>();
        var seen = new HashSet<string>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split('\t');
            if (seen.Add(f[0]) && seen.Count > learners)
            {
                break;
            }

            var seconds = long.Parse(f[2], CultureInfo.InvariantCulture);
            attempts.Add(new AttemptRecord(f[0], f[1], f[4], seconds == 0 ? null : DateTimeOffset.FromUnixTimeSeconds(seconds), f[3] == "1"));
        }

        return attempts;
    }
}
