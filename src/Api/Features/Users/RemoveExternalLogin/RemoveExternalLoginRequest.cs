namespace AdaptiveLearning.Api.Features.Users.RemoveExternalLogin;

public sealed class RemoveExternalLoginRequest
{
    public const string Route = "/users/me/external-logins/{id}";

    public static string For(Guid id) => Route.Replace("{id}", id.ToString());

    public Guid Id { get; init; }
}
