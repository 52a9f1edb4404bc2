using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Domain.Scheduling;

/// <summary>
/// Forecasts how many reviews a learner will face each day for a choice of desired retention,
/// by playing the deck forward with FSRS: each due card is recalled with its predicted
/// probability (Good) or forgotten (Again). Same-day (re)learning repeats are left out: the
/// forecast counts cards to review per day, which is what the retention setting trades off.
/// </summary>
public static class WorkloadSimulator
{
    /// <summary>A learner's first answer to a card they have never seen fails about this often.</summary>
    private const double FirstAnswerFailureRate = 0.25;

    /// <summary>The hour after the day start at which the simulated learner sits down to review.</summary>
    private static readonly TimeSpan SessionOffset = TimeSpan.FromHours(8);

    /// <summary>Cards answered per day, first answers to new cards included (what the workload forecast has always counted).</summary>
    public static IReadOnlyList<int> ReviewsPerDay(WorkloadSimulationRequest request)
    {
        var run = Run(request);
        return run.ReviewsPerDay.Zip(run.NewCardsPerDay, (reviews, fresh) => reviews + fresh).ToList();
    }

    /// <summary>Plays the deck forward: reviews and new cards per day, and every card as it stands after the last day.</summary>
    public static WorkloadRun Run(WorkloadSimulationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Days);
        ArgumentOutOfRangeException.ThrowIfNegative(request.NewCardsPerDay);

        var scheduler = new FsrsScheduler(new SchedulerSettings
        {
            DesiredRetention = request.DesiredRetention,
            FsrsParameters = request.Parameters,
            LearningSteps = [],
            RelearningSteps = [],
            EnableFuzz = true,
        });
        var random = new Random(request.Seed);
        var cards = request.Cards.ToArray();
        var firstDay = request.Calendar.DayNumber(request.Start);
        var reviewsPerDay = new int[request.Days];
        var newPerDay = new int[request.Days];

        for (var day = 0; day < request.Days; day++)
        {
            var sessionAt = request.Calendar.StartOfDay(firstDay + day) + SessionOffset;
            if (request.StudyDays is { } studyDays && !studyDays.Contains(StudyWeekday(firstDay + day)))
            {
                continue;
            }

            var dayEnd = request.Calendar.StartOfDay(firstDay + day + 1);
            var newCardsLeft = request.NewCardsPerDay;
            for (var i = 0; i < cards.Length; i++)
            {
                var card = cards[i];
                Rating rating;
                if (card.State == CardState.New)
                {
                    if (newCardsLeft == 0)
                    {
                        continue;
                    }

                    newCardsLeft--;
                    newPerDay[day]++;
                    rating = random.NextDouble() < FirstAnswerFailureRate ? Rating.Again : Rating.Good;
                }
                else if (card.Due is { } due && due < dayEnd)
                {
                    var recalled = random.NextDouble() < scheduler.Retrievability(card, sessionAt, request.Calendar);
                    rating = recalled ? Rating.Good : Rating.Again;
                }
                else
                {
                    continue;
                }

                cards[i] = scheduler.Review(card, rating, sessionAt, request.Calendar, random);
                if (card.State != CardState.New)
                {
                    reviewsPerDay[day]++;
                }
            }
        }

        return new WorkloadRun(reviewsPerDay, newPerDay, cards);
    }

    /// <summary>The weekday of a learner's day: day numbers count the learner's local dates.</summary>
    private static DayOfWeek StudyWeekday(int dayNumber) => DateOnly.FromDayNumber(dayNumber).DayOfWeek;
}
