using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Domain.UnitTests.Scheduling;

/// <summary>
/// Review histories of a simulated learner whose memory follows FSRS with known weights: each
/// review comes somewhat early or late, and is recalled with the model's own retrievability.
/// </summary>
internal static class SyntheticReviewHistories
{
    public static FsrsParameters NonDefaultTruth { get; } = new(
    [
        0.6, 2.0, 4.5, 15.0, 7.0, 0.6, 2.2, 0.02, 1.5, 0.25, 1.1,
        1.9, 0.1, 0.35, 1.9, 0.5, 2.2, 0.5, 0.1, 0.07, 0.35,
    ]);

    public static List<IReadOnlyList<ReviewRecord>> Generate(FsrsParameters truth, int cards, int reviewsPerCard, int seed)
    {
        var random = new Random(seed);
        var scheduler = new FsrsScheduler(SchedulerSettings.Default with
        {
            FsrsParameters = truth,
            EnableFuzz = false,
            LearningSteps = [],
            RelearningSteps = [],
        });
        var start = new DateTimeOffset(2024, 1, 1, 10, 0, 0, TimeSpan.Zero);
        return Enumerable.Range(0, cards)
            .Select(_ => (IReadOnlyList<ReviewRecord>)OneCard(scheduler, start.AddDays(random.Next(60)), reviewsPerCard, random))
            .ToList();
    }

    private static List<ReviewRecord> OneCard(FsrsScheduler scheduler, DateTimeOffset firstAt, int reviews, Random random)
    {
        var history = new List<ReviewRecord>();
        var card = MemoryState.New;
        var at = firstAt;
        for (var i = 0; i < reviews; i++)
        {
            var rating = i == 0
                ? Pick(random, (Rating.Again, 0.2), (Rating.Hard, 0.1), (Rating.Good, 0.55), (Rating.Easy, 0.15))
                : random.NextDouble() < scheduler.Retrievability(card, at, LearnerCalendar.Utc)
                    ? Pick(random, (Rating.Hard, 0.15), (Rating.Good, 0.7), (Rating.Easy, 0.15))
                    : Rating.Again;
            history.Add(new ReviewRecord(rating, at));
            card = scheduler.Review(card, rating, at, LearnerCalendar.Utc);
            // Learners rarely review exactly on the due day; spreading the timing makes every weight identifiable.
            var days = Math.Max(1, (int)Math.Round(card.IntervalDays * (0.4 + 2.0 * random.NextDouble())));
            at = at.AddDays(days);
        }

        return history;
    }

    private static Rating Pick(Random random, params (Rating Rating, double Probability)[] choices)
    {
        var draw = random.NextDouble();
        foreach (var (rating, probability) in choices)
        {
            draw -= probability;
            if (draw < 0)
            {
                return rating;
            }
        }

        return choices[^1].Rating;
    }
}
