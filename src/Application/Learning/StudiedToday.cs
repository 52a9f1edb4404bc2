namespace AdaptiveLearning.Application.Learning;

/// <summary>Cards introduced and reviews done in one learner day, for the daily limits.</summary>
public sealed record StudiedToday(int NewCards, int Reviews);
