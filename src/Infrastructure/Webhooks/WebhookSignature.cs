using System.Security.Cryptography;
using System.Text;

namespace AdaptiveLearning.Infrastructure.Webhooks;

/// <summary>
/// <c>Webhook-Signature: v1=&lt;hex&gt;</c>, the HMAC-SHA256 of <c>"{Webhook-Timestamp}.{body}"</c> keyed with the
/// webhook's secret (its UTF-8 bytes). Receivers recompute it over the raw body, compare in constant time and reject
/// timestamps outside their replay window (ADR 0021).
/// </summary>
internal static class WebhookSignature
{
    public const string Scheme = "v1";

    public static string Compute(string secret, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return $"{Scheme}={Convert.ToHexStringLower(mac)}";
    }
}
