using AdaptiveLearning.Application.Auth;
using OtpNet;

namespace AdaptiveLearning.Infrastructure.Auth;

/// <summary>Otp.NET's RFC 6238 with the defaults every authenticator app supports (SHA-1, 6 digits, 30 s).</summary>
internal sealed class OtpNetTotp : ITotp
{
    private const int SecretBytes = 20; // 160 bits, the HMAC-SHA1 block RFC 4226 recommends

    public string NewSecret() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(SecretBytes));

    public string AuthenticatorUri(string secret, string issuer, string accountName) =>
        new OtpUri(OtpType.Totp, secret, accountName, issuer).ToString();

    public long? MatchingStep(string secret, string code, DateTimeOffset at) =>
        // One step either side: phones whose clocks drift, and codes typed just as they roll over.
        new Totp(Base32Encoding.ToBytes(secret)).VerifyTotp(at.UtcDateTime, code, out var step, VerificationWindow.RfcSpecifiedNetworkDelay)
            ? step
            : null;
}
