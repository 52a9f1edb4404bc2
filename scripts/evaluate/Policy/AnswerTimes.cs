namespace AdaptiveLearning.Evaluate.Policy;

/// <summary>
/// Seconds an answer takes: reading a question for the first time is slower than recognising it again, and a
/// wrong answer adds time to read the feedback. Close to the per-answer costs used in FSRS workload simulations.
/// </summary>
internal sealed record AnswerTimes(double FirstSeconds = 20, double RepeatSeconds = 8, double WrongExtraSeconds = 10)
{
    public double Seconds(bool firstTime, bool correct) => (firstTime ? FirstSeconds : RepeatSeconds) + (correct ? 0 : WrongExtraSeconds);
}
