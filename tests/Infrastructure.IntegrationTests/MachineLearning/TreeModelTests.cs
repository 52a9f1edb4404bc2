using AdaptiveLearning.Infrastructure.MachineLearning;
using NUnit.Framework;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.MachineLearning;

/// <summary>The LightGBM trainer the evaluation can choose: it must save, load and predict like the linear one.</summary>
public class TreeModelTests
{
    [Test]
    public void ALightGbmModelLoadsBackWithIdenticalPredictionsAndOffersNoLinearExplanation()
    {
        var training = SyntheticAttemptLog.Generate(learners: 200, seed: 3);
        var heldOut = SyntheticAttemptLog.Generate(learners: 40, seed: 4, learnerPrefix: "new");
        var model = new CorrectnessModelTrainer(new CorrectnessTrainingOptions { Trainer = CorrectnessTrainerKind.LightGbm }, TimeProvider.System)
            .Train(training, heldOut);
        var directory = Path.Combine(Path.GetTempPath(), $"correctness-models-{Guid.NewGuid():N}");
        try
        {
            var store = new CorrectnessModelStore(directory);
            store.Save(model);
            var loaded = store.LoadLatest()!;

            var features = model.Features.BuildForLog(heldOut).Select(r => r.Features).ToList();
            var served = loaded.Predict([], SyntheticAttemptLog.HardestItem, "skill-0", at: null);
            Assert.Multiple(() =>
            {
                Assert.That(loaded.PredictBatch(features), Is.EqualTo(model.PredictBatch(features)).Within(1e-6));
                Assert.That(model.Manifest.HeldOut!.Auc, Is.GreaterThan(0.65));
                Assert.That(served.Probability, Is.InRange(0.0, 1.0));
                Assert.That(served.TopContributions, Is.Empty, "a tree ensemble has no per-feature weight to explain with");
            });
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
