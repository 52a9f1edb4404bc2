namespace AdaptiveLearning.Domain.Learning;

public enum SessionMode
{
    /// <summary>New material, then its learning steps.</summary>
    Learn,
    /// <summary>Due cards only.</summary>
    Review,
    /// <summary>Due cards, then new, then cards due later today.</summary>
    Practice,
    /// <summary>A fixed set of questions, no feedback until the end, then a score.</summary>
    MockTest,
    /// <summary>Everything in scope regardless of schedule; answers never change a card.</summary>
    Cram,
    /// <summary>A computerised adaptive test that estimates ability and marks what the learner already knows.</summary>
    Placement,
}
