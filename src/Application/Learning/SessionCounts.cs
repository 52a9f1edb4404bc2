namespace AdaptiveLearning.Application.Learning;

/// <param name="NewCardsLearned">Answers to cards that were new.</param>
/// <param name="Lapses">Reviews of cards in long-term review that were forgotten.</param>
public sealed record SessionCounts(int Answered, int Correct, long TimeSpentMs, int NewCardsLearned, int Lapses)
{
    public static SessionCounts None { get; } = new(0, 0, 0, 0, 0);
}
