using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Goals;
using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Scheduling;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Goals;

public sealed class TargetRecallPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset InThirtyDays = Now.AddDays(30);
    private static readonly LearnerCalendar Calendar = LearnerCalendar.Utc;
    private static readonly FsrsScheduler Scheduler = new(SchedulerSettings.Default with { EnableFuzz = false });
    private readonly TargetRecallPolicy _policy = new(FsrsParameters.Default, Calendar, StudyCosts.Default);

    [Test]
    public void ANewQuestionTheLearnerCannotWorkOutGainsWhatOneForgottenFirstSightLeavesAtTheTarget()
    {
        var model = new FsrsModel(FsrsParameters.Default);

        var value = _policy.Value(new TargetRecallCandidate(1, null, 0), Now, InThirtyDays);

        // Certain to be wrong at first sight: it is learnt from the feedback (Again), and costs the wrong answer's extra time.
        Assert.Multiple(() =>
        {
            Assert.That(value.Gain, Is.EqualTo(model.Retrievability(30, model.InitialStability(Rating.Again))).Within(1e-12));
            Assert.That(value.Seconds, Is.EqualTo(30));
        });
    }

    [Test]
    public void AQuestionTheLearnerCanWorkOutGainsLessThanOneTheyCannot()
    {
        var easy = _policy.Value(new TargetRecallCandidate(1, null, 0.9), Now, InThirtyDays);
        var hard = _policy.Value(new TargetRecallCandidate(2, null, 0.3), Now, InThirtyDays);

        Assert.That(easy.PerSecond, Is.LessThan(hard.PerSecond));
    }

    [Test]
    public void ACardStudiedMinutesAgoIsWorthLessThanANewQuestionWhenTheTargetIsWeeksAway()
    {
        var justSeen = Scheduler.Review(MemoryState.New, Rating.Good, Now.AddMinutes(-2), Calendar);

        var step = _policy.Value(new TargetRecallCandidate(1, justSeen, 0.3), Now, InThirtyDays);
        var fresh = _policy.Value(new TargetRecallCandidate(2, null, 0.3), Now, InThirtyDays);

        Assert.That(step.PerSecond, Is.LessThan(fresh.PerSecond));
    }

    [Test]
    public void AnOverdueForgottenReviewComesBeforeANewQuestion()
    {
        var learnt = Scheduler.Review(MemoryState.New, Rating.Good, Now.AddDays(-40), Calendar);
        var reviewed = Scheduler.Review(learnt, Rating.Good, Now.AddDays(-39), Calendar);
        var allowed = new[] { new PlannedQuestion(2, StudyReason.New), new PlannedQuestion(1, StudyReason.OverdueReview) };
        var candidates = new Dictionary<long, TargetRecallCandidate>
        {
            [1] = new(1, reviewed, 0.3),
            [2] = new(2, null, 0.3),
        };

        var order = _policy.Order(allowed, candidates, Now, InThirtyDays, 2);

        Assert.That(order.Select(p => p.QuestionId), Is.EqualTo(new long[] { 1, 2 }));
    }

    [Test]
    public void TiesKeepTheSchedulesOrderAndTheCountIsRespected()
    {
        var allowed = Enumerable.Range(1, 6).Select(i => new PlannedQuestion(i, StudyReason.New)).ToList();
        var candidates = allowed.ToDictionary(p => p.QuestionId, p => new TargetRecallCandidate(p.QuestionId, null, 0.5));

        var order = _policy.Order(allowed, candidates, Now, InThirtyDays, 4);

        Assert.That(order.Select(p => p.QuestionId), Is.EqualTo(new long[] { 1, 2, 3, 4 }));
    }

    [Test]
    public void GainsStayWithinWhatAbilityLeavesToMemory()
    {
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var ability = random.NextDouble();
            var memory = MemoryState.New;
            var at = Now.AddDays(-random.Next(0, 60));
            for (var r = random.Next(0, 5); r > 0; r--, at = at.AddDays(random.Next(0, 10)))
                memory = Scheduler.Review(memory, random.Next(2) == 0 ? Rating.Again : Rating.Good, at, Calendar);

            var value = _policy.Value(new TargetRecallCandidate(i, memory, ability), Now, Now.AddDays(random.Next(0, 90)));

            Assert.That(value.Gain, Is.InRange(-(1 - ability), 1 - ability + 1e-12), $"case {i}");
            Assert.That(value.Seconds, Is.InRange(StudyCosts.Default.RepeatSeconds, StudyCosts.Default.FirstSeconds + StudyCosts.Default.WrongExtraSeconds));
        }
    }
}
