namespace AdaptiveLearning.Application.Events.Payloads;

/// <summary>One learner's place in an ended challenge.</summary>
/// <param name="Rank">1 for the best; equal scores share a rank (1, 1, 3).</param>
/// <param name="LearnerId">The learner.</param>
/// <param name="Score">Their count of the challenge's metric.</param>
public sealed record ChallengeEndedStanding(int Rank, Guid LearnerId, long Score);
