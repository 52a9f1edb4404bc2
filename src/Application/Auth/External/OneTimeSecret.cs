using System.Security.Cryptography;
using System.Text;

namespace AdaptiveLearning.Application.Auth.External;

/// <summary>Random URL-safe values for state, nonce, PKCE verifiers and one-time codes.</summary>
internal static class OneTimeSecret
{
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>RFC 7636 S256: BASE64URL(SHA256(ASCII(verifier))).</summary>
    public static string S256(string verifier) => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
