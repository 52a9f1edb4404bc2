using System.Buffers.Text;
using System.Security.Cryptography;

namespace AdaptiveLearning.Application.Common;

/// <summary>
/// 256 random bits, base64url without padding: the shape of every bearer secret the API hands out (refresh tokens,
/// mailed links, sign-in challenges, OIDC state/nonce/verifiers, one-time codes, API key secrets).
/// </summary>
internal static class RandomToken
{
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
