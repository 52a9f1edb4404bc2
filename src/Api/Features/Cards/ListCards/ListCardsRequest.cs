using AdaptiveLearning.Api.OpenApi;

using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Api.Features.Cards.ListCards;

public sealed class ListCardsRequest
{
    public const string Route = "/cards";

    /// <summary>new, learning, review or relearning.</summary>
    public CardState? State { get; init; }
    public DateTimeOffset? DueBefore { get; init; }
    /// <summary>A hierarchy path: cards of questions at or below it.</summary>
    public string? Node { get; init; }
    public bool? Leech { get; init; }
    public bool? Suspended { get; init; }
    /// <summary>The nextCursor of the previous page, as on every list.</summary>
    public string? Cursor { get; init; }
    /// <summary>The nextCursor of the previous page.</summary>
    [Deprecated("use cursor, as on every list.")]
    public string? After { get; init; }
    public int Limit { get; init; } = 50;
}
