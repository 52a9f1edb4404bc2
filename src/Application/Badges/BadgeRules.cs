using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Engagement;

namespace AdaptiveLearning.Application.Badges;

/// <summary>What a badge must satisfy whether it is created or changed; the wire-level limits are the validators'.</summary>
public static class BadgeRules
{
    public const string MetricField = "criteria.metric";

    public static BadgeCriteria Criteria(string? metric, double threshold, int? minAnswers)
    {
        if (!WireNames.TryParse(metric, out BadgeMetric parsed))
        {
            var message = $"Unknown metric '{metric}'; known: {string.Join(", ", WireNames.All<BadgeMetric>())}.";
            throw new ProblemException(Problems.UnknownMetric, message, new Dictionary<string, string[]> { [MetricField] = [message] });
        }
        if (parsed == BadgeMetric.Accuracy && threshold > 1)
            throw ProblemException.Field("criteria.threshold", "An accuracy threshold is a share between 0 and 1.");
        if (parsed != BadgeMetric.Accuracy && minAnswers is not null)
            throw ProblemException.Field("criteria.minAnswers", "Only accuracy criteria take a minimum number of answers.");
        return new BadgeCriteria(parsed, threshold, minAnswers);
    }

    public static BadgeRarity Rarity(string? rarity) =>
        WireNames.TryParse(rarity, out BadgeRarity parsed)
            ? parsed
            : throw ProblemException.Field("rarity", $"Use one of {string.Join(", ", WireNames.All<BadgeRarity>())}.");
}
