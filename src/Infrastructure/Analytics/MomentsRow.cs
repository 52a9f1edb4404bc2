using AdaptiveLearning.Domain.ItemAnalysis;

namespace AdaptiveLearning.Infrastructure.Analytics;

/// <summary>An item_stats_versions row.</summary>
internal sealed class MomentsRow
{
    public long QuestionId { get; init; }
    public int Version { get; init; }
    public long Attempts { get; init; }
    public long Correct { get; init; }
    public long AbilityAttempts { get; init; }
    public long AbilityCorrect { get; init; }
    public double AbilitySum { get; init; }
    public double AbilitySumSq { get; init; }
    public double AbilityCorrectSum { get; init; }

    public ItemMoments ToMoments() =>
        new(Attempts, Correct, AbilityAttempts, AbilityCorrect, AbilitySum, AbilitySumSq, AbilityCorrectSum);
}
