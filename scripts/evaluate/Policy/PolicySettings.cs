namespace AdaptiveLearning.Evaluate.Policy;

/// <param name="Days">Study days; the target date is the morning after the last one plus <paramref name="RetentionDays"/>.</param>
/// <param name="MinutesPerDay">The daily time budget; a day also ends when the policy offers nothing more.</param>
/// <param name="MemorySpread">Log-normal spread of the learners' FSRS weights around the defaults.</param>
internal sealed record PolicySettings(
    int Days = 30,
    double MinutesPerDay = 10,
    int RetentionDays = 7,
    int Skills = 30,
    int ItemsPerSkill = 30,
    int Learners = 20,
    int Seeds = 10,
    double MemorySpread = 0.3,
    int BatchSize = 5,
    int NewCardsPerDay = 20)
{
    public const double MasteredProbability = 0.9;
}
