namespace AdaptiveLearning.Application.Auth;

/// <summary>RFC 6238 time-based one-time passwords: 6 digits, 30-second steps, HMAC-SHA1 (what authenticator apps expect).</summary>
public interface ITotp
{
    /// <summary>A new random secret, base32 as authenticator apps take it.</summary>
    string NewSecret();

    /// <summary>The <c>otpauth://</c> URI an authenticator app reads (usually from a QR code).</summary>
    string AuthenticatorUri(string secret, string issuer, string accountName);

    /// <returns>The time step <paramref name="code"/> belongs to, within one step of <paramref name="at"/>; null when it matches none.</returns>
    long? MatchingStep(string secret, string code, DateTimeOffset at);
}
