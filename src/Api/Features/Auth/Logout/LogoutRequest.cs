namespace AdaptiveLearning.Api.Features.Auth.Logout;

public sealed class LogoutRequest
{
    public const string Route = "/auth/logout";

    public string RefreshToken { get; init; } = "";
}
