namespace AdaptiveLearning.Api.Features.Users.DisableTotp;

/// <summary>A POST rather than a DELETE: the password belongs in a body, and this document's DELETEs carry none.</summary>
public sealed class DisableTotpRequest
{
    public const string Route = "/users/me/mfa/totp/disable";

    public string Password { get; init; } = "";

    /// <summary>A code from the authenticator, or an unused recovery code when the authenticator is lost.</summary>
    /// <example>123456</example>
    public string Code { get; init; } = "";
}
