using AdaptiveLearning.Domain.Engagement;

namespace AdaptiveLearning.Application.Badges;

/// <param name="Value">The metric's value when it was earned.</param>
public sealed record BadgeAward(BadgeDefinition Badge, double Value);
