using AdaptiveLearning.Domain.Goals;
using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Evaluate.Policy;

/// <summary>The policies compared, each built fresh for every simulated learner.</summary>
internal static class PolicyLineup
{
    public const string Ours = "ours (next-questions endpoint)";
    public const string OursWithGoal = "ours with a goal (as served: target-date policy, plan's quota, no same-day steps)";

    public static IReadOnlyList<string> Names { get; } =
    [
        Ours, "ours, 100 new candidates ranked", "ours without learning steps", "ours without learning steps, 100 candidates",
        "ours with the plan's quota, reviews first", "ours with a goal, with learning steps", OursWithGoal,
        "Anki-style: FSRS, due first, new in order", "SM-2, due first, new in order", "random",
    ];

    /// <summary>The rows the paired differences are taken from.</summary>
    public static IReadOnlyList<string> Compared { get; } = [Ours, OursWithGoal];

    private static readonly ISpacedRepetitionScheduler Fsrs = new FsrsScheduler(SchedulerSettings.Default);
    private static readonly ISpacedRepetitionScheduler FsrsWithoutSteps =
        new FsrsScheduler(SchedulerSettings.Default with { LearningSteps = [], RelearningSteps = [] });
    private static readonly ISpacedRepetitionScheduler Sm2 = new Sm2Scheduler(SchedulerSettings.Default);
    private static readonly TargetRecallPolicy Target = new(FsrsParameters.Default, LearnerCalendar.Utc, StudyCosts.Default);

    public static IStudyPolicy Create(string name, IReadOnlyList<BankItem> bank, DailyLimits limits, PolicySettings settings, Random random)
    {
        var start = StudySimulation.Start;
        GoalSchedule Goal(TargetRecallPolicy? policy) =>
            new(start.AddDays(settings.Days - 1), start.AddDays(settings.Days + settings.RetentionDays), policy);
        return Names.ToList().IndexOf(name) switch
        {
            0 => new ScheduledPolicy(name, Fsrs, bank, limits, new ScoredNewRanking(bank, widePool: false), random),
            1 => new ScheduledPolicy(name, Fsrs, bank, limits, new ScoredNewRanking(bank, widePool: true), random),
            2 => new ScheduledPolicy(name, FsrsWithoutSteps, bank, limits, new ScoredNewRanking(bank, widePool: false), random),
            3 => new ScheduledPolicy(name, FsrsWithoutSteps, bank, limits, new ScoredNewRanking(bank, widePool: true), random),
            4 => new ScheduledPolicy(name, Fsrs, bank, limits, new ScoredNewRanking(bank, widePool: false), random, Goal(null)),
            5 => new ScheduledPolicy(name, Fsrs, bank, limits, new ScoredNewRanking(bank, widePool: false), random, Goal(Target)),
            6 => new ScheduledPolicy(name, FsrsWithoutSteps, bank, limits, new ScoredNewRanking(bank, widePool: false), random, Goal(Target)),
            7 => new ScheduledPolicy(name, Fsrs, bank, limits, null, random),
            8 => new ScheduledPolicy(name, Sm2, bank, limits, null, random),
            9 => new RandomPolicy(bank, random),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown policy."),
        };
    }
}
