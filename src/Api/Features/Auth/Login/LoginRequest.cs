namespace AdaptiveLearning.Api.Features.Auth.Login;

public sealed class LoginRequest
{
    public const string Route = "/auth/login";

    /// <summary>Email or username.</summary>
    /// <example>ada</example>
    public string Login { get; init; } = "";
    public string Password { get; init; } = "";
}
