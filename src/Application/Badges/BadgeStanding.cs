using AdaptiveLearning.Application.Engagement;
using AdaptiveLearning.Domain.Engagement;

namespace AdaptiveLearning.Application.Badges;

/// <param name="Candidates">Badges still awarded, not held, on one of the moved metrics.</param>
/// <param name="Tallies">The learner's tallies for every moved metric (read even when there is no candidate: same round trip).</param>
public sealed record BadgeStanding(IReadOnlyList<BadgeDefinition> Candidates, LearnerTallies Tallies);
