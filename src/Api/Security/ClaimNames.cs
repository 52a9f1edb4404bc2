namespace AdaptiveLearning.Api.Security;

internal static class ClaimNames
{
    public const string Role = "role";
    public const string Subject = "sub";
    /// <summary>The account's security stamp when the token was issued (ADR 0011).</summary>
    public const string SecurityStamp = "stamp";
    /// <summary>Present (value <see cref="MfaTotp"/>) when the account signs in with an authenticator code.</summary>
    public const string Mfa = "mfa";
    public const string MfaTotp = "totp";
    /// <summary>The refresh-token family (signed-in device) the token was issued to; absent on tokens from before ADR 0013.</summary>
    public const string Session = "sid";
    public const string EmailVerified = "email_verified";
}
