using AdaptiveLearning.Domain.ItemAnalysis;

namespace AdaptiveLearning.Application.Analytics;

/// <summary>The "Analytics:ItemStats" configuration section.</summary>
public sealed class ItemStatsOptions
{
    public const string Section = "Analytics:ItemStats";

    /// <summary>
    /// Attempts recorded less than this long ago wait for the next run: an answer transaction that took its id earlier but
    /// commits later must not be jumped by the watermark.
    /// </summary>
    public double SettleSeconds { get; init; } = 5;

    /// <summary>Attempts counted per transaction (keeps Galera write sets small).</summary>
    public int BatchSize { get; init; } = 5000;

    /// <summary>How often each instance asks for a run (one waiting run serves all). 0 turns the schedule off.</summary>
    public double RefreshMinutes { get; init; } = 10;

    /// <summary>A learner needs this many counted answers before their rest-score is used as their ability.</summary>
    public int MinAbilityAnswers { get; init; } = 5;

    public int MinAnswersToFlag { get; init; } = 20;
    public double LowDiscrimination { get; init; } = 0.2;
    public double TooEasy { get; init; } = 0.95;
    public double TooHard { get; init; } = 0.2;
    public int MinTopGroupAnswers { get; init; } = 5;
    public double HighLeechRate { get; init; } = 0.1;

    public ItemFlagThresholds Thresholds() =>
        new(MinAnswersToFlag, LowDiscrimination, TooEasy, TooHard, MinTopGroupAnswers, HighLeechRate);
}
