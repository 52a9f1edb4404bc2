using AdaptiveLearning.Domain.Engagement;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Engagement;

public sealed class StreakCalculatorTests
{
    private static readonly StreakRules Rules = new() { FreezeEveryDays = 7, MaxFreezes = 2 };
    private const int Today = 1000;

    [Test]
    public void NoActivityIsNoStreak() =>
        Assert.That(StreakCalculator.Compute([], Today, Rules), Is.EqualTo(Streak.None));

    [Test]
    public void TodayStillOpenDoesNotBreakYesterdaysStreak()
    {
        var streak = StreakCalculator.Compute([Today - 2, Today - 1], Today, Rules);

        Assert.Multiple(() =>
        {
            Assert.That(streak.Current, Is.EqualTo(2));
            Assert.That(streak.ActiveToday, Is.False);
            Assert.That(streak.FreezesUsed, Is.Zero);
        });
    }

    [Test]
    public void AWeekEarnsAFreezeThatCoversTheNextMissedDay()
    {
        var week = Enumerable.Range(Today - 9, 7).ToList(); // days T-9 … T-3; T-2 missed; T-1 and today studied
        var streak = StreakCalculator.Compute([.. week, Today - 1, Today], Today, Rules);

        Assert.Multiple(() =>
        {
            Assert.That(streak.Current, Is.EqualTo(9), "frozen days keep the streak without adding to it");
            Assert.That(streak.FrozenDays, Is.EqualTo(new[] { Today - 2 }));
            Assert.That(streak.FreezesAvailable, Is.Zero);
            Assert.That(streak.Longest, Is.EqualTo(9));
        });
    }

    [Test]
    public void WithoutAFreezeAMissedDayEndsTheStreak()
    {
        var streak = StreakCalculator.Compute([Today - 5, Today - 4, Today - 3, Today - 1], Today, Rules);

        Assert.Multiple(() =>
        {
            Assert.That(streak.Current, Is.EqualTo(1));
            Assert.That(streak.Longest, Is.EqualTo(3));
        });
    }

    [Test]
    public void FreezesAreCappedAndSpentOnePerMissedDay()
    {
        var month = Enumerable.Range(Today - 40, 35).ToList(); // 35 active days: 5 freezes earned, 2 kept
        var streak = StreakCalculator.Compute(month, Today, Rules); // T-5 … T-1 missed

        Assert.Multiple(() =>
        {
            Assert.That(streak.FreezesUsed, Is.EqualTo(2));
            Assert.That(streak.Current, Is.Zero, "two freezes cover two of the five missed days");
            Assert.That(streak.Longest, Is.EqualTo(35));
        });
    }

    /// <summary>Random calendars against a reference written as a plain fold over one boolean per day.</summary>
    [Test]
    public void MatchesTheReferenceOnRandomCalendars()
    {
        var random = new Random(2026);
        for (var run = 0; run < 2000; run++)
        {
            var length = random.Next(1, 120);
            var density = random.NextDouble();
            var rules = new StreakRules { FreezeEveryDays = random.Next(1, 10), MaxFreezes = random.Next(0, 4) };
            var studied = Enumerable.Range(0, length).Select(_ => random.NextDouble() < density).ToArray();
            var today = Today + random.Next(-3, 3); // the calendar may end before, at or after today
            var days = studied.Select((s, i) => (s, day: today - length + 1 + i)).Where(d => d.s).Select(d => d.day).ToList();

            var actual = StreakCalculator.Compute(days, today, rules);
            var expected = Reference(days, today, rules);

            Assert.That((actual.Current, actual.Longest, actual.FreezesAvailable, actual.FreezesUsed), Is.EqualTo(expected),
                $"run {run}: days [{string.Join(",", days.Select(d => d - today))}] relative to today, rules {rules}");
        }
    }

    private static (int Current, int Longest, int Freezes, int Used) Reference(IReadOnlyList<int> days, int today, StreakRules rules)
    {
        if (days.Count == 0) return (0, 0, 0, 0);
        var end = Math.Max(today, days.Max());
        var flags = Enumerable.Range(days.Min(), end - days.Min() + 1).Select(d => (Day: d, Active: days.Contains(d)));
        var state = (Current: 0, Longest: 0, Freezes: 0, Used: 0, Run: 0);
        foreach (var (day, active) in flags)
        {
            if (active)
            {
                var run = state.Run + 1;
                var earned = run % Math.Max(1, rules.FreezeEveryDays) == 0;
                state = (state.Current + 1, Math.Max(state.Longest, state.Current + 1),
                    earned ? Math.Min(state.Freezes + 1, rules.MaxFreezes) : state.Freezes, state.Used, run);
            }
            else if (day != end && state.Current > 0)
            {
                state = state.Freezes > 0
                    ? state with { Freezes = state.Freezes - 1, Used = state.Used + 1 }
                    : state with { Current = 0, Run = 0 };
            }
        }
        return (state.Current, state.Longest, state.Freezes, state.Used);
    }
}
