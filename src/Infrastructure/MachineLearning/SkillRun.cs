namespace AdaptiveLearning.Infrastructure.MachineLearning;

/// <summary>
/// Consecutive answers on one skill, as in a skill-builder assignment that continues until a streak of right
/// answers: how long the run is, how many were right, and the current streak.
/// </summary>
public readonly record struct SkillRun(string? SkillId, int Attempts, int Successes, int Streak)
{
    public SkillRun After(string skillId, bool correct) => skillId == SkillId
        ? new SkillRun(skillId, Attempts + 1, Successes + (correct ? 1 : 0), correct ? Streak + 1 : 0)
        : new SkillRun(skillId, 1, correct ? 1 : 0, correct ? 1 : 0);
}
