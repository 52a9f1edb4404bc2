using AdaptiveLearning.Domain.Tracing;
using AdaptiveLearning.Infrastructure.MachineLearning;
using NUnit.Framework;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.MachineLearning;

public class CorrectnessModelTests
{
    private static readonly List<AttemptRecord> Training = SyntheticAttemptLog.Generate(learners: 300, seed: 1);
    private static readonly List<AttemptRecord> HeldOut = SyntheticAttemptLog.Generate(learners: 80, seed: 2, learnerPrefix: "new");
    private static readonly Lazy<CorrectnessModel> Model = new(() => new CorrectnessModelTrainer().Train(Training, HeldOut));

    [Test]
    public void PredictsNewLearnersBetterThanKnowingOnlyHowHardEachItemIs()
    {
        var itemOnly = ItemOnlyBaseline();

        var quality = Model.Value.Manifest.HeldOut!;

        Assert.That(quality.Auc, Is.GreaterThan(0.65));
        Assert.That(quality.Auc, Is.GreaterThan(itemOnly + 0.02), $"item-only baseline AUC {itemOnly:F3}");
    }

    [Test]
    public void ASavedModelLoadsBackWithIdenticalPredictions()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"correctness-models-{Guid.NewGuid():N}");
        try
        {
            var store = new CorrectnessModelStore(directory);
            var first = store.Save(Model.Value);
            var second = store.Save(Model.Value);
            var loaded = store.LoadLatest()!;

            var features = Model.Value.Features.BuildForLog(HeldOut).Select(r => r.Features).ToList();
            Assert.That(loaded.PredictBatch(features), Is.EqualTo(Model.Value.PredictBatch(features)).Within(1e-6));
            Assert.That(Path.GetFileName(second.Path), Is.EqualTo("correctness-v2.zip"));
            Assert.That(loaded.Manifest.Version, Is.EqualTo(2));
            Assert.That(loaded.Manifest.HeldOut, Is.EqualTo(Model.Value.Manifest.HeldOut));
            Assert.That(first.Manifest.Version, Is.EqualTo(1));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Test]
    public void TheExplanationOfAVeryHardItemNamesThatItemFirst()
    {
        var prediction = Model.Value.Predict([], SyntheticAttemptLog.HardestItem, "skill-0", at: null);

        Assert.That(prediction.Probability, Is.LessThan(0.2));
        Assert.That(prediction.TopContributions[0].Feature, Is.EqualTo($"item {SyntheticAttemptLog.HardestItem}"));
        Assert.That(prediction.TopContributions[0].Contribution, Is.LessThan(0));
    }

    [Test]
    public void PracticeOnTheSkillRaisesThePredictedChance()
    {
        var practice = Enumerable.Range(0, 10).Select(_ => new AttemptRecord("someone", "item-15", "skill-0", null, true)).ToList();

        var fresh = Model.Value.Predict([], "item-10", "skill-0", at: null).Probability;
        var practised = Model.Value.Predict(practice, "item-10", "skill-0", at: null).Probability;

        Assert.That(practised, Is.GreaterThan(fresh));
    }

    [Test]
    public void ConcurrentPredictionsAgreeWithSequentialOnes()
    {
        var queries = HeldOut.Take(200).ToList();
        var sequential = queries.Select(q => Model.Value.Predict([], q.ItemId, q.SkillId, null).Probability).ToList();

        var concurrent = new double[queries.Count];
        Parallel.For(0, queries.Count, i => concurrent[i] = Model.Value.Predict([], queries[i].ItemId, queries[i].SkillId, null).Probability);

        Assert.That(concurrent, Is.EqualTo(sequential));
    }

    [Test]
    public void SwappingTheHeldModelHandsBackThePreviousOne()
    {
        var holder = new CorrectnessModelHolder();

        Assert.That(holder.Swap(Model.Value), Is.Null);
        Assert.That(holder.Current, Is.SameAs(Model.Value));
    }

    private static double ItemOnlyBaseline()
    {
        var rateByItem = Training.GroupBy(a => a.ItemId).ToDictionary(g => g.Key, g => g.Average(a => a.Correct ? 1.0 : 0.0));
        return PredictionMetrics.Auc([.. HeldOut.Select(a => rateByItem.GetValueOrDefault(a.ItemId, 0.5))], [.. HeldOut.Select(a => a.Correct)]);
    }
}
