namespace AdaptiveLearning.Domain.Engagement;

/// <summary>
/// Levels from total points: each level costs <see cref="Step"/> more than the one before, so level L starts at
/// <c>Step × (L − 1) × L / 2</c> points (Step 100: level 2 at 100, 3 at 300, 4 at 600, 10 at 4,500).
/// </summary>
public sealed record LevelCurve(int Step = 100)
{
    public const int MaxLevel = 1000;

    public long StartOf(int level) => (long)Step * (level - 1) * level / 2;

    public LevelStanding For(long totalPoints)
    {
        var points = Math.Max(0, totalPoints);
        var step = Math.Max(1, Step);
        // Solve Step·L(L−1)/2 ≤ points for the largest L, then correct for floating point at the edges.
        var level = (int)Math.Clamp(Math.Floor((1 + Math.Sqrt(1 + 8.0 * points / step)) / 2), 1, MaxLevel);
        while (level > 1 && StartOf(level) > points) level--;
        while (level < MaxLevel && StartOf(level + 1) <= points) level++;
        var start = StartOf(level);
        var next = StartOf(level + 1);
        return new LevelStanding(level, start, next, Math.Round((double)(points - start) / (next - start), 4));
    }
}
