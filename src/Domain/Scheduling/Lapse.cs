using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Domain.Scheduling;

/// <summary>A lapse: a card in long-term review that the learner forgot. It counts toward leeches and sends the card back to relearning.</summary>
public static class Lapse
{
    public const CardState FromState = CardState.Review;
    public const Rating WithRating = Rating.Again;

    public static bool Is(CardState before, Rating rating) => before == FromState && rating == WithRating;
}
