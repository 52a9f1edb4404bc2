namespace AdaptiveLearning.Domain.Scheduling;

/// <summary>Where a card is in its life: never seen, in (re)learning steps, or in long-term review.</summary>
public enum CardState
{
    New = 0,
    Learning = 1,
    Review = 2,
    Relearning = 3,
}
