using NUnit.Framework;
using AdaptiveLearning.Domain.Tracing;

namespace AdaptiveLearning.Domain.UnitTests.Tracing;

public class BayesianKnowledgeTracingTests
{
    private static readonly BktParameters Truth = new(Prior: 0.3, Learn: 0.15, Guess: 0.2, Slip: 0.1);

    [Test]
    public void ACorrectAnswerRaisesAndAWrongAnswerLowersTheChanceOfKnowing()
    {
        var bkt = new BayesianKnowledgeTracing(Truth);

        Assert.That(bkt.Posterior(0.5, correct: true), Is.GreaterThan(0.5));
        Assert.That(bkt.Posterior(0.5, correct: false), Is.LessThan(0.5));
    }

    [Test]
    public void UpdateMatchesTheHandComputedPosteriorAndTransition()
    {
        var bkt = new BayesianKnowledgeTracing(Truth);

        // P(K|correct) = 0.3·0.9 / (0.3·0.9 + 0.7·0.2) = 0.27 / 0.41; then + (1 − that)·0.15
        var posterior = 0.27 / 0.41;
        Assert.That(bkt.Update(0.3, correct: true), Is.EqualTo(posterior + (1 - posterior) * 0.15).Within(1e-12));
        Assert.That(bkt.PredictCorrect(0.3), Is.EqualTo(0.3 * 0.9 + 0.7 * 0.2).Within(1e-12));
    }

    [Test]
    public void EmRecoversTheParametersThatGeneratedTheResponses()
    {
        var sequences = Generate(Truth, learners: 600, length: 30, new Random(7));

        var fitted = new BktFitter().FitSkill(sequences);

        // 18,000 responses: the standard errors of these estimates are about 0.01-0.02 here, so 0.05
        // leaves room for EM stopping early on the flat likelihood BKT is known for, but not for a wrong model.
        Assert.Multiple(() =>
        {
            Assert.That(fitted.Prior, Is.EqualTo(Truth.Prior).Within(0.05));
            Assert.That(fitted.Learn, Is.EqualTo(Truth.Learn).Within(0.05));
            Assert.That(fitted.Guess, Is.EqualTo(Truth.Guess).Within(0.05));
            Assert.That(fitted.Slip, Is.EqualTo(Truth.Slip).Within(0.05));
        });
    }

    [Test]
    public void GuessAndSlipNeverExceedTheirCaps()
    {
        var implausible = new BktParameters(Prior: 0.5, Learn: 0.05, Guess: 0.45, Slip: 0.4);
        var sequences = Generate(implausible, learners: 200, length: 20, new Random(3));

        var fitted = new BktFitter().FitSkill(sequences);

        Assert.That(fitted.Guess, Is.LessThanOrEqualTo(0.3));
        Assert.That(fitted.Slip, Is.LessThanOrEqualTo(0.3));
    }

    [Test]
    public void ASkillWithThinDataKeepsTheDefaults()
    {
        var fitted = new BktFitter().FitSkill([[true, false, true], [false, false]]);

        Assert.That(fitted, Is.EqualTo(BktParameters.Default));
    }

    private static List<IReadOnlyList<bool>> Generate(BktParameters p, int learners, int length, Random random)
    {
        var sequences = new List<IReadOnlyList<bool>>();
        for (var l = 0; l < learners; l++)
        {
            var known = random.NextDouble() < p.Prior;
            var sequence = new List<bool>();
            for (var t = 0; t < length; t++)
            {
                sequence.Add(known ? random.NextDouble() >= p.Slip : random.NextDouble() < p.Guess);
                known = known || random.NextDouble() < p.Learn;
            }

            sequences.Add(sequence);
        }

        return sequences;
    }
}
