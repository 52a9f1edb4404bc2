namespace AdaptiveLearning.Api.Features.Users.ConfirmTotp;

public sealed class ConfirmTotpRequest
{
    public const string Route = "/users/me/mfa/totp/confirm";

    /// <summary>The 6-digit code the authenticator app shows for the new secret.</summary>
    /// <example>"123456"</example>
    public string Code { get; init; } = "";
}
