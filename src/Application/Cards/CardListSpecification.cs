using AdaptiveLearning.Domain.Scheduling;

namespace AdaptiveLearning.Application.Cards;

/// <summary>Which of a learner's cards to list: filters plus a keyset page (ids after <see cref="AfterId"/>).</summary>
public sealed record CardListSpecification(
    Guid UserId,
    CardState? State = null,
    DateTimeOffset? DueBefore = null,
    string? NodePath = null,
    bool? Leech = null,
    bool? Suspended = null,
    long? AfterId = null,
    int Limit = CardListSpecification.DefaultLimit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;
}
