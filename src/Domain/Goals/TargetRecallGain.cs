namespace AdaptiveLearning.Domain.Goals;

/// <param name="Gain">Expected rise of P(correct) at the target date from answering now.</param>
/// <param name="Seconds">Expected seconds the answer takes.</param>
public sealed record TargetRecallGain(long QuestionId, double Gain, double Seconds)
{
    public double PerSecond => Seconds > 0 ? Gain / Seconds : 0;
}
