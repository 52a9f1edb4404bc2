using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Domain.Goals;

/// <summary>
/// Turns a goal into a day-by-day plan with the FSRS workload simulator: every question of the scope started within
/// the first four fifths of the study days left (the rest is for consolidation), reviews at the goal's retention,
/// minutes from the learner's own pace. Large scopes are simulated on an evenly spread sample and scaled back up, so
/// a plan costs the same for a 500-question exam and a 44,000-question bank.
/// </summary>
public static class StudyPlanner
{
    internal const int MaxSimulatedCards = 2_000;
    private const double IntroductionShare = 0.8;
    // The same seed for every plan: asking twice gives the same plan, and two goals are compared on equal luck.
    private const int Seed = 20261201;
    private static readonly TimeSpan SessionOffset = TimeSpan.FromHours(8);

    /// <returns>The plan, or null when the target date is today or has passed.</returns>
    public static StudyPlan? Plan(StudyPlanInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var goal = input.Goal;
        var today = input.Calendar.DayNumber(input.Now);
        if (goal.TargetDate.DayNumber <= today)
            return null;

        var deck = Deck(input);
        var run = Simulate(input, deck, goal.TargetDate);
        var scopeQuestions = input.ScopeCards.Count + input.UnseenQuestions;
        var newCards = input.ScopeCards.Count(c => c.State == CardState.New) + input.UnseenQuestions;
        var feasible = run.StudyDays > 0 && run.AverageMinutes <= goal.MinutesPerDay;
        return new StudyPlan(
            goal.Id, DateOnly.FromDayNumber(today), goal.TargetDate,
            run.StudyDays, scopeQuestions, newCards, NewCardsPerDay(newCards, run.StudyDays), Math.Round(input.SecondsPerReview, 1), run.Days,
            Math.Round(run.AverageMinutes, 1), Math.Round(run.PeakMinutes, 1), feasible,
            feasible || run.StudyDays == 0 ? null : (int)Math.Ceiling(run.AverageMinutes),
            feasible ? null : FeasibleFrom(input, deck),
            Math.Round(MeanRetention(run.FinalCards, input, goal.TargetDate), 3),
            Math.Round(MeanRetention(deck.Cards, input, goal.TargetDate), 3));
    }

    /// <summary>New cards a study day takes so that every question is started within the first four fifths of the study days.</summary>
    public static int NewCardsPerDay(int newCards, int studyDays) =>
        newCards == 0 ? 0 : (int)Math.Ceiling(newCards / (double)IntroductionDays(studyDays));

    private static int IntroductionDays(int studyDays) => Math.Max(1, (int)Math.Floor(studyDays * IntroductionShare));

    /// <summary>The cards to play forward: started cards first, then never-studied ones, thinned to a sample when there are many.</summary>
    private static SampledDeck Deck(StudyPlanInput input)
    {
        var all = input.ScopeCards.Where(c => c.State != CardState.New)
            .Concat(Enumerable.Repeat(MemoryState.New, input.ScopeCards.Count(c => c.State == CardState.New) + input.UnseenQuestions))
            .ToList();
        if (all.Count <= MaxSimulatedCards)
            return new SampledDeck(all, 1.0);
        var sample = Enumerable.Range(0, MaxSimulatedCards).Select(i => all[(int)((long)i * all.Count / MaxSimulatedCards)]).ToList();
        return new SampledDeck(sample, all.Count / (double)MaxSimulatedCards);
    }

    private static Simulated Simulate(StudyPlanInput input, SampledDeck deck, DateOnly target)
    {
        var goal = input.Goal;
        var today = input.Calendar.DayNumber(input.Now);
        var days = target.DayNumber - today;
        var studyDays = Enumerable.Range(today, days).Count(d => goal.StudyDays.Contains(DateOnly.FromDayNumber(d).DayOfWeek));
        var sampledNew = deck.Cards.Count(c => c.State == CardState.New);
        var run = WorkloadSimulator.Run(new WorkloadSimulationRequest(deck.Cards, input.Parameters, goal.DesiredRetention, days,
            NewCardsPerDay(sampledNew, studyDays), Seed, input.Now, input.Calendar, goal.StudyDays));

        var plan = new List<StudyPlanDay>(days);
        for (var day = 0; day < days; day++)
        {
            var date = DateOnly.FromDayNumber(today + day);
            var reviews = (int)Math.Round(run.ReviewsPerDay[day] * deck.Scale);
            var fresh = (int)Math.Round(run.NewCardsPerDay[day] * deck.Scale);
            var minutes = (reviews * input.SecondsPerReview + fresh * input.SecondsPerNewCard) / 60;
            plan.Add(new StudyPlanDay(date, goal.StudyDays.Contains(date.DayOfWeek), fresh, reviews, Math.Round(minutes, 1)));
        }
        var studied = plan.Where(d => d.StudyDay).ToList();
        return new Simulated(plan, studyDays,
            studied.Count == 0 ? 0 : studied.Average(d => d.Minutes),
            studied.Count == 0 ? 0 : studied.Max(d => d.Minutes),
            run.Cards);
    }

    /// <summary>The earliest later target date whose plan fits the goal's minutes, by bisection over up to a year.</summary>
    private static DateOnly? FeasibleFrom(StudyPlanInput input, SampledDeck deck)
    {
        var goal = input.Goal;
        bool Fits(int extraDays)
        {
            var run = Simulate(input, deck, goal.TargetDate.AddDays(extraDays));
            return run.StudyDays > 0 && run.AverageMinutes <= goal.MinutesPerDay;
        }

        const int horizon = 365;
        if (!Fits(horizon))
            return null;
        var (low, high) = (0, horizon);
        while (high - low > 1)
        {
            var middle = (low + high) / 2;
            if (Fits(middle)) high = middle;
            else low = middle;
        }
        return goal.TargetDate.AddDays(high);
    }

    /// <summary>Mean recall probability on the target date's study session; a card never studied counts as not known.</summary>
    private static double MeanRetention(IReadOnlyList<MemoryState> cards, StudyPlanInput input, DateOnly target)
    {
        if (cards.Count == 0)
            return 0;
        var scheduler = new FsrsScheduler(SchedulerSettings.Default with { FsrsParameters = input.Parameters });
        var at = input.Calendar.StartOfDay(target.DayNumber) + SessionOffset;
        return cards.Average(c => c.State == CardState.New ? 0 : scheduler.Retrievability(c, at, input.Calendar));
    }

    private sealed record SampledDeck(IReadOnlyList<MemoryState> Cards, double Scale);

    /// <param name="FinalCards">The deck after the last day: the plan's retention is read from it, the bisection never needs it.</param>
    private sealed record Simulated(IReadOnlyList<StudyPlanDay> Days, int StudyDays, double AverageMinutes, double PeakMinutes,
        IReadOnlyList<MemoryState> FinalCards);
}
