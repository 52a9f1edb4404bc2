using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Domain.Engagement;

/// <summary>
/// How many points things earn (configuration section <c>Engagement:Points</c>). An answer earns
/// <c>round(BasePoints × DifficultyMultipliers[difficulty − 1] × (correct ? CorrectMultiplier : IncorrectMultiplier))</c>,
/// and nothing in cram, when faster than <see cref="MinimumAnswerMs"/>, or when the same card was answered less than
/// <see cref="RepeatSeconds"/> before.
/// </summary>
public sealed record PointsRules
{
    public const string Section = "Engagement:Points";

    public int BasePoints { get; init; } = 10;

    private static readonly double[] DefaultDifficultyMultipliers = [0.6, 0.8, 1.0, 1.3, 1.6];

    /// <summary>By question difficulty 1–5; null for 0.6, 0.8, 1.0, 1.3, 1.6 (a default list would be appended to by the configuration binder, not replaced).</summary>
    public IReadOnlyList<double>? DifficultyMultipliers { get; init; }

    public double CorrectMultiplier { get; init; } = 1.0;

    /// <summary>A wrong answer still took effort; a self-rated "again" counts as wrong.</summary>
    public double IncorrectMultiplier { get; init; } = 0.3;

    public int FirstAnswerOfDayBonus { get; init; } = 20;

    public int SessionCompletionBonus { get; init; } = 25;

    /// <summary>Answers a session needs before ending it earns <see cref="SessionCompletionBonus"/>.</summary>
    public int SessionCompletionMinimumAnswers { get; init; } = 5;

    /// <summary>Faster than this nobody read the question.</summary>
    public int MinimumAnswerMs { get; init; } = 1000;

    /// <summary>Answering the same card again within this many seconds earns nothing.</summary>
    public int RepeatSeconds { get; init; } = 30;

    /// <summary>The <see cref="LevelCurve.Step"/>: how much more each level costs than the one before.</summary>
    public int LevelStep { get; init; } = 100;

    public LevelCurve Levels => new(LevelStep);

    /// <param name="correct">Null when correctness must stay hidden (a running mock test): the midpoint of the two rates.</param>
    public int ForAnswer(SessionMode mode, int difficulty, bool? correct, int timeSpentMs, DateTimeOffset answeredAt, DateTimeOffset? cardLastAnswered)
    {
        if (mode == SessionMode.Cram || timeSpentMs < MinimumAnswerMs)
            return 0;
        if (cardLastAnswered is { } last && answeredAt - last < TimeSpan.FromSeconds(RepeatSeconds) && answeredAt >= last)
            return 0;
        var multipliers = DifficultyMultipliers is { Count: > 0 } configured ? configured : DefaultDifficultyMultipliers;
        var multiplier = multipliers[Math.Clamp(difficulty, 1, multipliers.Count) - 1];
        return (int)Math.Round(BasePoints * multiplier * CorrectnessMultiplier(correct), MidpointRounding.AwayFromZero);
    }

    private double CorrectnessMultiplier(bool? correct) => correct switch
    {
        true => CorrectMultiplier,
        false => IncorrectMultiplier,
        null => (CorrectMultiplier + IncorrectMultiplier) / 2,
    };

    public bool EarnsSessionBonus(SessionMode mode, int answered) =>
        mode != SessionMode.Cram && answered >= SessionCompletionMinimumAnswers;
}
