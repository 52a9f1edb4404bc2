using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace AdaptiveLearning.Infrastructure.Auth;

/// <summary>
/// The key that encrypts TOTP secrets at rest: <c>Auth:Mfa:EncryptionKey</c>, its own setting so that rotating the
/// token-signing key never makes every authenticator unreadable. HKDF with a label turns any long enough text into
/// exactly the 32 bytes AES-256 wants.
/// </summary>
internal sealed class SecretProtectionKey
{
    public const string Setting = "Auth:Mfa:EncryptionKey";
    private const int MinimumBytes = 32;
    private static readonly byte[] Label = Encoding.ASCII.GetBytes("adaptive-learning/totp-secrets/v1");

    private SecretProtectionKey(byte[] bytes) => Bytes = bytes;

    public byte[] Bytes { get; }

    public static SecretProtectionKey Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        var material = Encoding.UTF8.GetBytes(configuration[Setting] ?? "");
        if (material.Length >= MinimumBytes)
            return new SecretProtectionKey(HKDF.DeriveKey(HashAlgorithmName.SHA256, material, 32, salt: [], info: Label));
        if (!environment.IsDevelopment())
            throw new InvalidOperationException($"{Setting} must be set to at least {MinimumBytes} bytes outside Development.");
        // Like the development signing key: enrolments made with it stop working when the process ends.
        return new SecretProtectionKey(RandomNumberGenerator.GetBytes(32));
    }
}
