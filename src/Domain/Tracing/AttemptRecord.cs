namespace AdaptiveLearning.Domain.Tracing;

/// <summary>
/// One answered item in a learner's attempt log. Logs are read in chronological order per learner;
/// <paramref name="Timestamp"/> is null when the source did not record when the attempt happened.
/// </summary>
public sealed record AttemptRecord(
    string LearnerId,
    string ItemId,
    string SkillId,
    DateTimeOffset? Timestamp,
    bool Correct);
