using AdaptiveLearning.Domain.Learning;
using AdaptiveLearning.Domain.Scheduling;
using NUnit.Framework;

namespace AdaptiveLearning.Domain.UnitTests.Learning;

public sealed class StudyQueuePlannerTests
{
    private static readonly DateTimeOffset Now = new(2030, 5, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly LearnerCalendar Calendar = new(TimeZoneInfo.Utc, 4);

    private static readonly ScheduledCard[] Cards =
    [
        new(1, CardState.Review, Now.AddDays(-3), 0.80),
        new(2, CardState.Review, Now.AddDays(-10), 0.60),
        new(3, CardState.Review, Now.AddHours(6), 0.95),          // due later today: a review due today
        new(4, CardState.Learning, Now.AddMinutes(-1), 0.99),
        new(5, CardState.Learning, Now.AddHours(3), 0.99),        // a learning step due later today
        new(6, CardState.Review, Now.AddDays(2), 0.97),           // not due
    ];

    [Test]
    public void PracticeOrdersDueByRetrievabilityThenNewThenLaterToday()
    {
        var plan = StudyQueuePlanner.Plan(SessionMode.Practice, Cards, [10, 11], new DailyAllowance(5, 100), Now, Calendar, 20);

        Assert.That(plan, Is.EqualTo(new PlannedQuestion[]
        {
            new(2, StudyReason.OverdueReview), new(1, StudyReason.OverdueReview), new(3, StudyReason.DueReview),
            new(4, StudyReason.LearningStepDue), new(10, StudyReason.New), new(11, StudyReason.New), new(5, StudyReason.DueLaterToday),
        }));
    }

    [Test]
    public void DailyAllowanceCapsReviewsAndNewCardsButNotLearningSteps()
    {
        var plan = StudyQueuePlanner.Plan(SessionMode.Practice, Cards, [10, 11], new DailyAllowance(1, 1), Now, Calendar, 20);

        Assert.That(plan.Select(p => p.QuestionId), Is.EqualTo(new long[] { 2, 4, 10, 5 }));
    }

    [Test]
    public void ReviewModeNeverOffersNewAndLearnModeNeverOffersReviews()
    {
        var review = StudyQueuePlanner.Plan(SessionMode.Review, Cards, [10], new DailyAllowance(5, 100), Now, Calendar, 20);
        var learn = StudyQueuePlanner.Plan(SessionMode.Learn, Cards, [10], new DailyAllowance(5, 100), Now, Calendar, 20);

        Assert.Multiple(() =>
        {
            Assert.That(review.Select(p => p.Reason), Does.Not.Contain(StudyReason.New));
            Assert.That(learn.Select(p => p.QuestionId), Is.EqualTo(new long[] { 4, 10, 5 }));
        });
    }

    [Test]
    public void CountLimitsTheQueue() =>
        Assert.That(StudyQueuePlanner.Plan(SessionMode.Practice, Cards, [10], new DailyAllowance(5, 100), Now, Calendar, 2), Has.Count.EqualTo(2));
}
