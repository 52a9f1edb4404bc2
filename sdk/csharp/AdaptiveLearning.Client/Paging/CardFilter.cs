using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Client;

/// <summary>Which cards <see cref="CardsApiExtensions.ListAllAsync"/> returns; every field is optional.</summary>
public sealed record CardFilter
{
    /// <summary>Only cards in this state.</summary>
    public CardState? State { get; init; }

    /// <summary>Only cards due before this time.</summary>
    public DateTimeOffset? DueBefore { get; init; }

    /// <summary>A hierarchy path: cards of questions at or below it.</summary>
    public string? Node { get; init; }

    /// <summary>Only leeches (true) or only non-leeches (false).</summary>
    public bool? Leech { get; init; }

    /// <summary>Only suspended (true) or only active (false) cards.</summary>
    public bool? Suspended { get; init; }

    /// <summary>How many cards each request fetches; the server's default when null.</summary>
    public int? PageSize { get; init; }
}
