using Microsoft.Extensions.Primitives;

namespace AdaptiveLearning.Api.Http;

internal static class ContentCodings
{
    /// <summary>Brotli when the client accepts it, else gzip, else none; a coding given <c>q=0</c> is refused, not accepted.</summary>
    public static ContentCoding Choose(StringValues acceptEncoding)
    {
        var (brotli, gzip) = (false, false);
        foreach (var header in acceptEncoding)
        {
            if (header is null)
                continue;
            foreach (var range in header.AsSpan().Split(','))
            {
                var item = header.AsSpan()[range].Trim();
                var semicolon = item.IndexOf(';');
                var name = (semicolon < 0 ? item : item[..semicolon]).Trim();
                if (semicolon >= 0 && Refused(item[(semicolon + 1)..]))
                    continue;
                brotli |= name.Equals("br", StringComparison.OrdinalIgnoreCase);
                gzip |= name.Equals("gzip", StringComparison.OrdinalIgnoreCase);
            }
        }
        return brotli ? ContentCoding.Brotli : gzip ? ContentCoding.Gzip : ContentCoding.Identity;
    }

    public static string? HeaderValue(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli => "br",
        ContentCoding.Gzip => "gzip",
        _ => null,
    };

    private static bool Refused(ReadOnlySpan<char> parameters)
    {
        var q = parameters.Trim();
        if (!q.StartsWith("q=", StringComparison.OrdinalIgnoreCase))
            return false;
        return double.TryParse(q[2..], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var weight)
               && weight <= 0;
    }
}
