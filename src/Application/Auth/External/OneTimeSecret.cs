using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace AdaptiveLearning.Application.Auth.External;

/// <summary>PKCE's code challenge; the random values themselves come from <see cref="Common.RandomToken"/>.</summary>
internal static class OneTimeSecret
{
    /// <summary>RFC 7636 S256: BASE64URL(SHA256(ASCII(verifier))).</summary>
    public static string S256(string verifier) => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
}
