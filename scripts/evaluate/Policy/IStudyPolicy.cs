namespace AdaptiveLearning.Evaluate.Policy;

/// <summary>What a client would be offered next and what the server learns from each answer.</summary>
internal interface IStudyPolicy
{
    string Name { get; }

    IReadOnlyList<long> Next(DateTimeOffset now, int count);

    void Record(long itemId, bool correct, DateTimeOffset at);
}
