namespace AdaptiveLearning.Domain.Tracing;

public readonly record struct PracticeCount(int Attempts, int Successes)
{
    public int Failures => Attempts - Successes;

    public PracticeCount Add(bool correct) => new(Attempts + 1, Successes + (correct ? 1 : 0));
}
