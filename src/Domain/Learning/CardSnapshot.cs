using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Domain.Learning;

/// <summary>Everything about a card at one moment; attempts keep one from before and after, so undo can restore it.</summary>
public sealed record CardSnapshot(MemoryState Memory, bool Suspended, DateTimeOffset? BuriedUntil, bool Leech)
{
    public static CardSnapshot New { get; } = new(MemoryState.New, false, null, false);
}
