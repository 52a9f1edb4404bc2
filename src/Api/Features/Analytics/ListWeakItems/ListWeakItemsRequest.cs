using System.ComponentModel;
using AdaptiveLearning.Api.OpenApi;
using AdaptiveLearning.Application.Analytics;

namespace AdaptiveLearning.Api.Features.Analytics.ListWeakItems;

public sealed class ListWeakItemsRequest
{
    /// <summary>A hierarchy path: questions at or below it.</summary>
    public string? Node { get; init; }
    /// <summary>flags (most first, the default), discrimination (lowest first), proportion_correct (hardest first), leech_rate (highest first) or attempts (most first).</summary>
    [WireEnum(typeof(WeakItemSort))]
    public string? Sort { get; init; }
    /// <summary>Only questions whose current version has at least this many counted answers.</summary>
    public int? MinAttempts { get; init; }
    /// <summary>The <c>nextCursor</c> of the previous page (with the same sort).</summary>
    public string? Cursor { get; init; }
    /// <summary>Page size.</summary>
    [DefaultValue(WeakItemsSpecification.DefaultLimit)]
    public int? Limit { get; init; }
}
