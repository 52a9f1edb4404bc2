namespace AdaptiveLearning.Api.Features.Cards;

/// <summary>Addresses one of my cards.</summary>
public sealed class CardRequest
{
    public const string Route = "/cards/{id}";

    public static string For(long id, string action = "") => Route.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture)) + action;

    public long Id { get; init; }
}
