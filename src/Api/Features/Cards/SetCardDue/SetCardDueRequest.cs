namespace AdaptiveLearning.Api.Features.Cards.SetCardDue;

public sealed class SetCardDueRequest
{
    public const string Route = "/cards/{id}/due";

    public long Id { get; init; }
    /// <summary>When the card should next come up.</summary>
    public DateTimeOffset? Due { get; init; }
}
