using AdaptiveLearning.Domain.ItemAnalysis;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.ItemAnalysis;

public sealed class ItemAnalysisRulesTests
{
    private static readonly ItemFlagThresholds Limits = new(MinAnswers: 10);

    [Test]
    public void TheMedianIsTheMiddleOfItsBucketToWithinSixPercent()
    {
        foreach (var ms in new[] { 700, 1_000, 15_000, 42_424, 600_000 })
            Assert.That(ResponseTimes.Median([new TimeBucketCount(ResponseTimes.Bucket(ms), 3)]), Is.EqualTo(ms).Within(6).Percent, $"{ms} ms");
        Assert.That(ResponseTimes.Median([new(10, 1), new(50, 1), new(90, 5)]), Is.EqualTo(ResponseTimes.Median([new(90, 1)])));
        Assert.That(ResponseTimes.Median([]), Is.Null);
    }

    [Test]
    public void TheTopGroupTakesWholeBandsFromTheTopUntilAQuarterOrSo()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AbilityBands.TopGroup([new(4, 5), new(0, 5), new(AbilityBands.Unknown, 50)]), Is.EquivalentTo(new[] { 4 }));
            Assert.That(AbilityBands.TopGroup([new(4, 1), new(3, 2), new(2, 7)]), Is.EquivalentTo(new[] { 4, 3 }), "1 of 10 is not 27 %");
            Assert.That(AbilityBands.Of(1.0), Is.EqualTo(4));
            Assert.That(AbilityBands.Of(null), Is.EqualTo(AbilityBands.Unknown));
        });
    }

    [Test]
    public void AKeyConfusingAndADeadDistractorAreFlaggedWithTheirReasons()
    {
        var evidence = new ItemEvidence(new ItemMoments(10, 5, 10, 5, 5, 5, 0),
            [new("a", true, 5, 0), new("b", false, 5, 5), new("c", false, 0, 0)], TopGroupAnswers: 5, Cards: null);

        var flags = ItemFlagRules.Evaluate(evidence, Limits);

        Assert.That(flags.Select(f => (f.Code, f.OptionKey)), Is.EquivalentTo(new (ItemFlagCode, string?)[]
        {
            (ItemFlagCode.LowDiscrimination, null), (ItemFlagCode.KeyConfusingDistractor, "b"), (ItemFlagCode.DeadDistractor, "c"),
        }));
        Assert.That(flags.Single(f => f.Code == ItemFlagCode.KeyConfusingDistractor).Reason, Does.Contain("'b' 5 times"));
    }

    [Test]
    public void FewAnswersFlagNothingAndLeechesNeedEnoughCards()
    {
        var few = new ItemEvidence(new ItemMoments(9, 0, 0, 0, 0, 0, 0), [new("a", true, 0, 0), new("b", false, 0, 0)], 0, new CardRates(9, 20, 5, 5));
        var leechy = new ItemEvidence(new ItemMoments(30, 15, 0, 0, 0, 0, 0), [], 0, new CardRates(20, 60, 10, 3));

        Assert.Multiple(() =>
        {
            Assert.That(ItemFlagRules.Evaluate(few, Limits), Is.Empty);
            Assert.That(ItemFlagRules.Evaluate(leechy, Limits).Select(f => f.Code), Is.EqualTo(new[] { ItemFlagCode.HighLeechRate }));
        });
    }
}
