namespace AdaptiveLearning.Api.Features.Users.RevokeSession;

public sealed class RevokeSessionRequest
{
    public const string Route = "/users/me/sessions/{id}";

    /// <summary>The session's id from the session list.</summary>
    public Guid Id { get; init; }

    public static string For(Guid id) => Route.Replace("{id}", id.ToString());
}
