namespace AdaptiveLearning.Api.Features.Auth.Register;

public sealed class RegisterRequest
{
    public const string Route = "/auth/register";

    /// <example>ada@example.com</example>
    public string Email { get; init; } = "";
    /// <example>ada</example>
    public string Username { get; init; } = "";
    /// <example>correct-horse-battery</example>
    public string Password { get; init; } = "";
    public string? DisplayName { get; init; }
}
