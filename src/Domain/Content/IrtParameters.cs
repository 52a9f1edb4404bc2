namespace AdaptiveLearning.Domain.Content;

/// <summary>Three-parameter logistic item parameters: discrimination a, difficulty b, guessing c.</summary>
public sealed record IrtParameters(double A, double B, double C)
{
    /// <summary>
    /// Until an item is calibrated from attempts, its authored 1–5 difficulty maps linearly onto
    /// b in [-2, 2] logits, a = 1, and c = the chance of guessing one of the options.
    /// </summary>
    public static IrtParameters FromDifficulty(int difficulty, QuestionType type, int optionCount) => new(
        A: 1.0,
        B: (Math.Clamp(difficulty, 1, 5) - 3) * 1.0,
        C: type == QuestionType.Theory || optionCount < 2 ? 0.0 : 1.0 / optionCount);
}
