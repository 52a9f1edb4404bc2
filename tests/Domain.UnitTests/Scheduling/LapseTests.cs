using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Scheduling;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Scheduling;

public sealed class LapseTests
{
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void BothSchedulersCountALapseExactlyWhenTheLapseRuleSaysSo(
        [Values] SchedulerKind kind, [Values] CardState state, [Values] Rating rating)
    {
        var scheduler = SpacedRepetitionSchedulerFactory.Create(kind, SchedulerSettings.Default with { EnableFuzz = false });
        var before = InState(scheduler, state);

        var after = scheduler.Review(before, rating, Start.AddDays(60), LearnerCalendar.Utc);

        Assert.That(after.Lapses - before.Lapses, Is.EqualTo(Lapse.Is(state, rating) ? 1 : 0));
    }

    [Test]
    public void OnlyAgainOnACardInReviewIsALapse()
    {
        var lapses = Enum.GetValues<CardState>().SelectMany(s => Enum.GetValues<Rating>().Select(r => (s, r)))
            .Where(p => Lapse.Is(p.s, p.r)).ToList();

        Assert.That(lapses, Is.EqualTo(new[] { (CardState.Review, Rating.Again) }));
    }

    private static MemoryState InState(ISpacedRepetitionScheduler scheduler, CardState state)
    {
        var memory = MemoryState.New;
        var at = Start;
        Rating[] path = state switch
        {
            CardState.New => [],
            CardState.Learning => [Rating.Again],
            CardState.Review => [Rating.Easy],
            _ => [Rating.Easy, Rating.Again],
        };
        foreach (var rating in path)
        {
            at = at.AddDays(20);
            memory = scheduler.Review(memory, rating, at, LearnerCalendar.Utc);
        }
        Assert.That(memory.State, Is.EqualTo(state), "the setup reaches the state under test");
        return memory;
    }
}
