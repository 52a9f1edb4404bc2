using AdaptiveLearning.Domain.Groups;
using AdaptiveLearning.Domain.Leaderboards;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Leaderboards;

public sealed class LeaderboardWindowTests
{
    [TestCase("2026-12-01T10:00:00Z", "week:2026-W49", "2026-11-30T00:00:00Z")]
    [TestCase("2026-11-29T23:59:59Z", "week:2026-W48", "2026-11-23T00:00:00Z")]
    [TestCase("2027-01-01T12:00:00Z", "week:2026-W53", "2026-12-28T00:00:00Z")]
    [TestCase("2027-01-04T00:00:00Z", "week:2027-W01", "2027-01-04T00:00:00Z")]
    public void AWeekIsTheIsoWeekInUtc(string instant, string id, string monday)
    {
        var window = LeaderboardWindow.Containing(LeaderboardPeriod.Week, DateTimeOffset.Parse(instant));

        Assert.Multiple(() =>
        {
            Assert.That(window.Id, Is.EqualTo(id));
            Assert.That(window.From, Is.EqualTo(DateTimeOffset.Parse(monday)));
            Assert.That(window.To, Is.EqualTo(DateTimeOffset.Parse(monday).AddDays(7)));
        });
    }

    [Test]
    public void AnInstantWithAnOffsetFallsInTheUtcMonth()
    {
        // 23:30 on 31 January in New York is already February in UTC.
        var window = LeaderboardWindow.Containing(LeaderboardPeriod.Month, new DateTimeOffset(2027, 1, 31, 23, 30, 0, TimeSpan.FromHours(-5)));

        Assert.Multiple(() =>
        {
            Assert.That(window.Id, Is.EqualTo("month:2027-02"));
            Assert.That(window.From, Is.EqualTo(new DateTimeOffset(2027, 2, 1, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(window.To, Is.EqualTo(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero)));
        });
    }

    [Test]
    public void AllTimeHasNoBounds()
    {
        var window = LeaderboardWindow.Containing(LeaderboardPeriod.All, DateTimeOffset.UtcNow);

        Assert.That((window.Id, window.From, window.To), Is.EqualTo(("all", (DateTimeOffset?)null, (DateTimeOffset?)null)));
    }

    [Test]
    public void EqualScoresShareARankAndTheNextRankSkips()
    {
        var standings = Standing.RankAll([(Guid.NewGuid(), "c", 5), (Guid.NewGuid(), "a", 9), (Guid.NewGuid(), "b", 9), (Guid.NewGuid(), "d", 0)]);

        Assert.That(standings.Select(s => (s.Rank, s.DisplayName)), Is.EqualTo(new[] { (1, "a"), (1, "b"), (3, "c"), (4, "d") }));
    }
}
