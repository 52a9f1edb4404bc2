namespace AdaptiveLearning.Application.Adaptive;

/// <summary>
/// What can change a learner's evidence without adding an attempt: an undo takes one away, a placement test
/// replaces facet priors. Equal stamps mean nothing but new attempts happened in between.
/// </summary>
public sealed record EvidenceStamp(long UndoneAttempts, DateTimeOffset? PriorsSetAt);
