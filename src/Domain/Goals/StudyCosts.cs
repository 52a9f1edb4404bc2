namespace AdaptiveLearning.Domain.Goals;

/// <summary>
/// Seconds an answer costs: a first sight is slower than recognising a question again, and a wrong answer adds the
/// time to read its feedback. The defaults are the per-answer costs of FSRS workload simulations.
/// </summary>
public sealed record StudyCosts(double FirstSeconds = 20, double RepeatSeconds = 8, double WrongExtraSeconds = 10)
{
    public static StudyCosts Default { get; } = new();
}
