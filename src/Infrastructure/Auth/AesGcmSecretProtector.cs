using System.Security.Cryptography;
using System.Text;
using AdaptiveLearning.Application.Auth;

namespace AdaptiveLearning.Infrastructure.Auth;

/// <summary>AES-256-GCM with the owner's id as associated data; stored as <c>v1.</c> + base64(nonce | ciphertext | tag).</summary>
internal sealed class AesGcmSecretProtector(SecretProtectionKey key) : ISecretProtector
{
    private const string Version = "v1.";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    public string Protect(Guid owner, string secret)
    {
        var plain = Encoding.UTF8.GetBytes(secret);
        var sealedBytes = new byte[NonceBytes + plain.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Bytes, TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes, plain.Length), sealedBytes.AsSpan(NonceBytes + plain.Length), Owner(owner));
        return Version + Convert.ToBase64String(sealedBytes);
    }

    /// <exception cref="CryptographicException">the key changed, or the value was moved to another account or altered.</exception>
    public string Unprotect(Guid owner, string protectedSecret)
    {
        if (!protectedSecret.StartsWith(Version, StringComparison.Ordinal))
            throw new CryptographicException("Unknown protected secret format.");
        var sealedBytes = Convert.FromBase64String(protectedSecret[Version.Length..]);
        var length = sealedBytes.Length - NonceBytes - TagBytes;
        var plain = new byte[length];
        using var aes = new AesGcm(key.Bytes, TagBytes);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes, length), sealedBytes.AsSpan(NonceBytes + length), plain, Owner(owner));
        return Encoding.UTF8.GetString(plain);
    }

    private static byte[] Owner(Guid owner) => Encoding.ASCII.GetBytes(owner.ToString());
}
