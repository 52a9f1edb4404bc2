using AdaptiveLearning.Application.Analytics;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.ItemAnalysis;
using AdaptiveLearning.Infrastructure.Analytics;

namespace AdaptiveLearning.Infrastructure.IntegrationTests.Analytics;

public sealed class WeakItemsSqlTests
{
    [Test]
    public void TheDefaultListIsFlaggedCurrentVersionsMostFlagsFirstWithOneExtraRow()
    {
        var (sql, parameters) = WeakItemsSql.Build(new WeakItemsSpecification(Limit: 10));

        Assert.Multiple(() =>
        {
            Assert.That(sql, Does.Contain("s.flag_count > 0").And.Contain("s.version = q.version").And.Contain("s.attempts >= @MinAttempts")
                .And.Contain("ORDER BY -s.flag_count, s.question_id").And.Contain("LIMIT @Take"));
            Assert.That(parameters.Get<int>("Take"), Is.EqualTo(11));
            Assert.That(sql, Does.Not.Contain("@AfterId"));
        });
    }

    [Test]
    public void TheCursorContinuesAfterTheLastRowsScoreAndTheNodeIsAParameter()
    {
        var spec = new WeakItemsSpecification("driving__signs", WeakItemSort.LeechRate, 20, new KeysetCursor(42, -0.25));
        var (sql, parameters) = WeakItemsSql.Build(spec);
        var item = new WeakItem(42, "x", "p", 1, 30, 0.5, 0.1, 0.25, [new ItemFlag(ItemFlagCode.HighLeechRate, "r")], null);

        Assert.Multiple(() =>
        {
            Assert.That(sql, Does.Contain("(-COALESCE(s.leech_rate, -2) > @AfterScore OR (-COALESCE(s.leech_rate, -2) = @AfterScore AND s.question_id > @AfterId))"));
            Assert.That(parameters.Get<double>("AfterScore"), Is.EqualTo(-0.25));
            Assert.That(parameters.Get<int>("MinAttempts"), Is.EqualTo(20));
            Assert.That(sql, Does.Not.Contain("driving"));
            Assert.That(spec.ScoreOf(item), Is.EqualTo(-0.25), "the score the cursor carries is the one SQL orders by");
            Assert.That(spec.ScoreOf(item with { LeechRate = null }), Is.EqualTo(2), "missing rates sort last");
        });
    }
}
