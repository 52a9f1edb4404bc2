using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Analytics;

/// <summary>Which flagged questions to list, in which order, a keyset page at a time.</summary>
/// <param name="NodePath">Questions at or below this hierarchy path.</param>
/// <param name="MinAttempts">Questions whose current version has at least this many counted answers.</param>
/// <param name="After">Rows after this cursor's: its id and the row's sort score (ascending scores, then ids).</param>
public sealed record WeakItemsSpecification(
    string? NodePath = null,
    WeakItemSort Sort = WeakItemSort.Flags,
    int MinAttempts = 0,
    KeysetCursor? After = null,
    int Limit = WeakItemsSpecification.DefaultLimit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    /// <summary>
    /// The item's place in this order as an ascending score (descending orders are negated, missing values sort last);
    /// the cursor carries it, and the SQL orders by the same expression over the same stored doubles.
    /// </summary>
    public double ScoreOf(WeakItem item) => Sort switch
    {
        WeakItemSort.Discrimination => item.Discrimination ?? MissingLast,
        WeakItemSort.ProportionCorrect => item.ProportionCorrect ?? MissingLast,
        WeakItemSort.LeechRate => -(item.LeechRate ?? -MissingLast),
        WeakItemSort.Attempts => -item.Attempts,
        _ => -item.Flags.Count,
    };

    /// <summary>Above every rate and correlation, so items without the value come after those with it.</summary>
    public const double MissingLast = 2;
}
