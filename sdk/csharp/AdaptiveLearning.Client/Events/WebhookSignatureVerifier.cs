using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AdaptiveLearning.Client;

/// <summary>
/// Checks a webhook delivery in a receiver: <c>Webhook-Signature</c> must be <c>v1=</c> + the hex HMAC-SHA256 of
/// <c>"{Webhook-Timestamp}.{raw body}"</c> keyed with the webhook's secret, and the timestamp within the replay window.
/// Store <c>Webhook-Id</c> to drop repeats: a delivery can arrive more than once, always with the same id.
/// </summary>
/// <example><code>
/// var body = await new StreamReader(request.Body).ReadToEndAsync();
/// if (!WebhookSignatureVerifier.IsValid(secret, request.Headers["Webhook-Timestamp"], request.Headers["Webhook-Signature"], body))
///     return Results.Unauthorized();
/// </code></example>
public static class WebhookSignatureVerifier
{
    /// <summary>How far a delivery's timestamp may be from now by default: five minutes.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    /// <summary>True when the signature matches the body and timestamp, and the timestamp is within <paramref name="tolerance"/> of now.</summary>
    /// <param name="secret">The webhook's secret (<c>whsec_…</c>), as shown when it was created.</param>
    /// <param name="timestamp">The <c>Webhook-Timestamp</c> header: Unix seconds.</param>
    /// <param name="signature">The <c>Webhook-Signature</c> header (several space-separated <c>v1=…</c> values are accepted).</param>
    /// <param name="body">The raw request body, exactly as received.</param>
    /// <param name="tolerance">The replay window; <see cref="DefaultTolerance"/> when null.</param>
    /// <param name="now">The current time, for tests; the system clock when null.</param>
    /// <returns>Whether to accept the delivery.</returns>
    public static bool IsValid(string secret, string? timestamp, string? signature, string body, TimeSpan? tolerance = null, DateTimeOffset? now = null)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || string.IsNullOrEmpty(signature))
            return false;
        var age = (now ?? DateTimeOffset.UtcNow) - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age.Duration() > (tolerance ?? DefaultTolerance))
            return false;
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        var expected = Encoding.ASCII.GetBytes("v1=" + ToHex(mac));
        return signature.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(candidate => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(candidate), expected));
    }

    private static string ToHex(byte[] bytes)
    {
        var text = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
            text.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        return text.ToString();
    }
}
