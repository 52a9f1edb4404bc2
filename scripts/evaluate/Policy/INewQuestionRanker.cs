namespace AdaptiveLearning.Evaluate.Policy;

/// <summary>Orders the new questions a scheduled policy may introduce; without one they come in bank order.</summary>
internal interface INewQuestionRanker
{
    /// <summary>How many new questions, in bank order, compete for the day's allowance.</summary>
    int PoolSize(int newAllowance);

    IReadOnlyList<long> Rank(IReadOnlyList<long> pool);

    void Observe(long itemId, bool correct);

    /// <summary>P(correct) from ability alone, as the server predicts it.</summary>
    double PredictCorrect(long itemId);
}
