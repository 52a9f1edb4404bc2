namespace AdaptiveLearning.Api.Features.Sessions;

/// <summary>Addresses one of my sessions.</summary>
public sealed class SessionRequest
{
    public const string Route = "/sessions/{id}";
    public const string EndRoute = "/sessions/{id}/end";

    public static string For(Guid id) => Route.Replace("{id}", id.ToString());
    public static string EndFor(Guid id) => EndRoute.Replace("{id}", id.ToString());

    public Guid Id { get; init; }
}
