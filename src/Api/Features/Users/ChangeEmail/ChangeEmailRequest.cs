namespace AdaptiveLearning.Api.Features.Users.ChangeEmail;

public sealed class ChangeEmailRequest
{
    public const string Route = "/users/me/email";

    /// <example>ada.lovelace@example.com</example>
    public string NewEmail { get; init; } = "";
    public string CurrentPassword { get; init; } = "";
}
