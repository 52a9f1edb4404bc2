using AdaptiveLearning.Domain.Tracing;
using AdaptiveLearning.Infrastructure.MachineLearning;
using NUnit.Framework;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.MachineLearning;

/// <summary>
/// The API scores a question from the learner's replayed history, one prediction at a time through a pooled
/// PredictionEngine; the evaluation builds a whole log's features in one pass and scores them as a batch. Both must
/// give the same probabilities, or the evaluated AUC is not what learners are served.
/// </summary>
public class ServedPredictionTests
{
    [Test]
    public void PredictionsServedOneAtATimeEqualTheBatchEvaluationOnRealLearners()
    {
        var attempts = RealLogTests.ReadLearners(RealLogTests.StaticsLog(), 50);
        var learners = attempts.Select(a => a.LearnerId).Distinct().ToList();
        var training = attempts.Where(a => learners.IndexOf(a.LearnerId) < 40).ToList();
        var heldOut = attempts.Where(a => learners.IndexOf(a.LearnerId) >= 40).ToList();
        var model = new CorrectnessModelTrainer(new CorrectnessTrainingOptions { AbilityDrift = true }, TimeProvider.System).Train(training);

        var batch = model.PredictBatch([.. model.Features.BuildForLog(heldOut).Select(r => r.Features)]);
        var served = new double[heldOut.Count];
        var largestReplayGap = 0.0;
        foreach (var learner in heldOut.Select((a, i) => (a, i)).GroupBy(p => p.a.LearnerId))
        {
            var state = model.Features.StartLearner();
            var history = new List<AttemptRecord>();
            foreach (var (attempt, index) in learner)
            {
                served[index] = model.Predict(state, attempt.ItemId, attempt.SkillId, attempt.Timestamp).Probability;
                // LearnerPredictor replays the whole history on each request; check that path now and then (it is quadratic).
                if (history.Count % 25 == 0)
                {
                    var replayed = model.Predict(history, attempt.ItemId, attempt.SkillId, attempt.Timestamp).Probability;
                    largestReplayGap = Math.Max(largestReplayGap, Math.Abs(replayed - served[index]));
                }

                model.Features.Record(state, attempt);
                history.Add(attempt);
            }
        }

        var outcomes = heldOut.Select(a => a.Correct).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(served.Zip(batch, (s, b) => Math.Abs(s - b)).Max(), Is.LessThan(1e-5));
            Assert.That(largestReplayGap, Is.LessThan(1e-6));
            Assert.That(PredictionMetrics.Auc(served, outcomes), Is.EqualTo(PredictionMetrics.Auc(batch, outcomes)).Within(0.005));
        });
    }
}
