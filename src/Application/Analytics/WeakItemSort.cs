namespace AdaptiveLearning.Application.Analytics;

/// <summary>Orders of the weak-item list; each puts the most worrying first.</summary>
public enum WeakItemSort
{
    /// <summary>Most flags first.</summary>
    Flags,
    /// <summary>Lowest discrimination first (no value last).</summary>
    Discrimination,
    /// <summary>Hardest first.</summary>
    ProportionCorrect,
    /// <summary>Highest leech rate first.</summary>
    LeechRate,
    /// <summary>Most answers first.</summary>
    Attempts,
}
