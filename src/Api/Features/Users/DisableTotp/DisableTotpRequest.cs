using AdaptiveLearning.Api.Features.Auth;

namespace AdaptiveLearning.Api.Features.Users.DisableTotp;

/// <summary>A POST rather than a DELETE: the password belongs in a body, and this document's DELETEs carry none.</summary>
public sealed class DisableTotpRequest : ISecondFactorInput
{
    public const string Route = "/users/me/mfa/totp/disable";

    public string Password { get; init; } = "";

    /// <summary>A code from the authenticator; leave out when giving <see cref="RecoveryCode"/>.</summary>
    /// <example>"123456"</example>
    public string? Code { get; init; }

    /// <summary>An unused recovery code, when the authenticator is lost.</summary>
    public string? RecoveryCode { get; init; }
}
