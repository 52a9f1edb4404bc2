using NUnit.Framework;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Domain.UnitTests.Tracing;

public class PfaFitterTests
{
    [Test]
    public void FittingRecoversTheWeightsThatGeneratedTheResponses()
    {
        var truth = new PfaParameters(Easiness: -0.5, SuccessWeight: 0.3, FailureWeight: 0.05);
        var random = new Random(9);
        var attempts = new List<AttemptRecord>();
        for (var learner = 0; learner < 500; learner++)
        {
            var earlier = default(PracticeCount);
            for (var t = 0; t < 15; t++)
            {
                var correct = random.NextDouble() < truth.PredictCorrect(earlier);
                attempts.Add(new AttemptRecord($"l{learner}", $"i{t}", "fractions", null, correct));
                earlier = earlier.Add(correct);
            }
        }

        var fitted = new PfaFitter().Fit(attempts).BySkill["fractions"];

        // 7,500 responses give standard errors around 0.03-0.06 on these weights.
        Assert.Multiple(() =>
        {
            Assert.That(fitted.Easiness, Is.EqualTo(truth.Easiness).Within(0.15));
            Assert.That(fitted.SuccessWeight, Is.EqualTo(truth.SuccessWeight).Within(0.06));
            Assert.That(fitted.FailureWeight, Is.EqualTo(truth.FailureWeight).Within(0.06));
        });
    }
}
