using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Application.Cards.ListCards;

/// <summary>A learner's card list request as sent; the handler turns it into a <see cref="CardListSpecification"/>.</summary>
/// <param name="Cursor">The nextCursor of the previous page.</param>
public sealed record ListCardsQuery(
    Guid UserId,
    CardState? State = null,
    DateTimeOffset? DueBefore = null,
    string? Node = null,
    bool? Leech = null,
    bool? Suspended = null,
    string? Cursor = null,
    int? Limit = null);
