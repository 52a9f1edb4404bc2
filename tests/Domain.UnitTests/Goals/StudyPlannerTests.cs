using AdaptiveLearning.Domain.Goals;
using AdaptiveLearning.Domain.Scheduling;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Goals;

public sealed class StudyPlannerTests
{
    // A Sunday morning in UTC.
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly InThirtyDays = DateOnly.FromDateTime(Now.UtcDateTime).AddDays(30);
    private static readonly IReadOnlySet<DayOfWeek> EveryDay = Enum.GetValues<DayOfWeek>().ToHashSet();

    [Test]
    public void EveryQuestionIsStartedInTheFirstFourFifthsAndTheLastDaysAreForReview()
    {
        var plan = StudyPlanner.Plan(Input(Goal(minutesPerDay: 120), unseen: 300))!;

        var introducedBy = plan.Days.Select((d, i) => (d, i)).Where(x => x.d.NewCards > 0).Max(x => x.i);
        Assert.Multiple(() =>
        {
            Assert.That(plan.StudyDaysLeft, Is.EqualTo(30));
            Assert.That(plan.NewCards, Is.EqualTo(300));
            Assert.That(plan.NewCardsPerDay, Is.EqualTo(13), "300 over the first 24 of 30 study days");
            Assert.That(plan.Days.Sum(d => d.NewCards), Is.EqualTo(300));
            Assert.That(introducedBy, Is.LessThan(24));
            Assert.That(plan.Feasible, Is.True);
            Assert.That(plan.RequiredMinutesPerDay, Is.Null);
            Assert.That(plan.RetentionIfStoppedNow, Is.Zero, "nothing is known yet");
            Assert.That(plan.PredictedRetention, Is.GreaterThan(0.8), "following the plan at 0.9 retention");
        });
    }

    [Test]
    public void ThePlanIsTheSimulatorsForecastForTheSameDeck()
    {
        var input = Input(Goal(minutesPerDay: 60), unseen: 120, reviewed: 200);
        var plan = StudyPlanner.Plan(input)!;

        var cards = input.ScopeCards.Concat(Enumerable.Repeat(MemoryState.New, 120)).ToList();
        var run = WorkloadSimulator.Run(new WorkloadSimulationRequest(cards, FsrsParameters.Default, 0.9, 30,
            plan.NewCardsPerDay, 20261201, Now, LearnerCalendar.Utc, EveryDay));

        Assert.That(plan.Days.Select(d => d.Reviews), Is.EqualTo(run.ReviewsPerDay));
        Assert.That(plan.Days.Select(d => d.NewCards), Is.EqualTo(run.NewCardsPerDay));
        Assert.That(plan.Days.Select(d => d.Minutes),
            Is.EqualTo(run.ReviewsPerDay.Zip(run.NewCardsPerDay, (r, n) => Math.Round((r * 20.0 + n * 40.0) / 60, 1))));
    }

    [Test]
    public void DaysOffGetNothingAndDueCardsWaitForTheNextStudyDay()
    {
        var weekdays = new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday };
        var plan = StudyPlanner.Plan(Input(Goal(minutesPerDay: 120, studyDays: weekdays), unseen: 100, reviewed: 100))!;

        var off = plan.Days.Where(d => !weekdays.Contains(d.Date.DayOfWeek)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(plan.StudyDaysLeft, Is.EqualTo(plan.Days.Count(d => weekdays.Contains(d.Date.DayOfWeek))));
            Assert.That(off.All(d => !d.StudyDay && d.NewCards == 0 && d.Reviews == 0), Is.True);
            Assert.That(plan.Days.Sum(d => d.NewCards), Is.EqualTo(100));
        });
    }

    [Test]
    public void AGoalThatDoesNotFitSaysWhatItWouldTake()
    {
        var plan = StudyPlanner.Plan(Input(Goal(minutesPerDay: 10), unseen: 600))!;

        Assert.Multiple(() =>
        {
            Assert.That(plan.Feasible, Is.False);
            Assert.That(plan.RequiredMinutesPerDay, Is.GreaterThan(10).And.GreaterThanOrEqualTo(plan.AverageMinutes));
            Assert.That(plan.FeasibleFrom, Is.GreaterThan(InThirtyDays));
        });
        var later = StudyPlanner.Plan(Input(Goal(minutesPerDay: 10) with { TargetDate = plan.FeasibleFrom!.Value }, unseen: 600))!;
        var enough = StudyPlanner.Plan(Input(Goal(minutesPerDay: plan.RequiredMinutesPerDay!.Value), unseen: 600))!;
        Assert.That(later.Feasible, Is.True, "the suggested date fits the goal's minutes");
        Assert.That(enough.Feasible, Is.True, "the suggested minutes fit the goal's date");
    }

    [Test]
    public void ABankTooLargeToPlayCardByCardIsSampledAndScaledBack()
    {
        var plan = StudyPlanner.Plan(Input(Goal(minutesPerDay: 600), unseen: 20_000))!;

        Assert.Multiple(() =>
        {
            Assert.That(plan.NewCards, Is.EqualTo(20_000));
            Assert.That(plan.NewCardsPerDay, Is.EqualTo(834));
            Assert.That(plan.Days.Sum(d => d.NewCards), Is.EqualTo(20_000).Within(2).Percent);
        });
    }

    [Test]
    public void NoPlanOnOrAfterTheTargetDate()
    {
        Assert.That(StudyPlanner.Plan(Input(Goal(minutesPerDay: 30) with { TargetDate = DateOnly.FromDateTime(Now.UtcDateTime) }, unseen: 10)), Is.Null);
    }

    private static StudyGoal Goal(int minutesPerDay, IReadOnlySet<DayOfWeek>? studyDays = null) => new()
    {
        Id = Guid.NewGuid(), UserId = Guid.NewGuid(), Name = "Theory exam", Scope = [], TargetDate = InThirtyDays,
        DesiredRetention = 0.9, StudyDays = studyDays ?? EveryDay, MinutesPerDay = minutesPerDay, CreatedAt = Now, UpdatedAt = Now,
    };

    private static StudyPlanInput Input(StudyGoal goal, int unseen, int reviewed = 0)
    {
        var random = new Random(7);
        var cards = Enumerable.Range(0, reviewed).Select(_ =>
        {
            var stability = 1 + random.NextDouble() * 30;
            var lastReview = Now.AddDays(-random.Next(1, 20));
            return MemoryState.New with
            {
                State = CardState.Review, Stability = stability, Difficulty = 1 + random.NextDouble() * 9, IntervalDays = stability,
                Reps = 3, LastReview = lastReview, Due = lastReview.AddDays(stability),
            };
        }).ToList();
        return new StudyPlanInput(goal, cards, unseen, FsrsParameters.Default, LearnerCalendar.Utc, Now, SecondsPerReview: 20);
    }
}
