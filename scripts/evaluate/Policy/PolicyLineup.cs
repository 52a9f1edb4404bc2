using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Evaluate.Policy;

/// <summary>The policies compared, each built fresh for every simulated learner.</summary>
internal static class PolicyLineup
{
    public const string Ours = "ours (next-questions endpoint)";

    public static IReadOnlyList<string> Names { get; } =
        [Ours, "ours, 100 new candidates ranked", "ours without learning steps", "Anki-style: FSRS, due first, new in order", "SM-2, due first, new in order", "random"];

    private static readonly ISpacedRepetitionScheduler Fsrs = new FsrsScheduler(SchedulerSettings.Default);
    private static readonly ISpacedRepetitionScheduler FsrsWithoutSteps =
        new FsrsScheduler(SchedulerSettings.Default with { LearningSteps = [], RelearningSteps = [] });
    private static readonly ISpacedRepetitionScheduler Sm2 = new Sm2Scheduler(SchedulerSettings.Default);

    public static IStudyPolicy Create(string name, IReadOnlyList<BankItem> bank, DailyLimits limits, Random random) => Names.ToList().IndexOf(name) switch
    {
        0 => new ScheduledPolicy(name, Fsrs, bank, limits, new ScoredNewRanking(bank, widePool: false), random),
        1 => new ScheduledPolicy(name, Fsrs, bank, limits, new ScoredNewRanking(bank, widePool: true), random),
        2 => new ScheduledPolicy(name, FsrsWithoutSteps, bank, limits, new ScoredNewRanking(bank, widePool: false), random),
        3 => new ScheduledPolicy(name, Fsrs, bank, limits, null, random),
        4 => new ScheduledPolicy(name, Sm2, bank, limits, null, random),
        5 => new RandomPolicy(bank, random),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown policy."),
    };
}
