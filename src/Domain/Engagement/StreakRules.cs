namespace AdaptiveLearning.Domain.Engagement;

/// <summary>Freezes (configuration section <c>Engagement:Streaks</c>): one earned per <see cref="FreezeEveryDays"/> consecutive active days, at most <see cref="MaxFreezes"/> held.</summary>
public sealed record StreakRules
{
    public const string Section = "Engagement:Streaks";

    public int FreezeEveryDays { get; init; } = 7;

    public int MaxFreezes { get; init; } = 2;
}
