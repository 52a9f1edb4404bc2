using System.Text.Json;
using System.Text;

namespace AdaptiveLearning.Application.Common;

/// <summary>
/// An opaque keyset position shared by every list: the last row's id, and its sort score when the list is
/// ordered by one (relevance). Clients only hand back the string they were given.
/// </summary>
public sealed record KeysetCursor(long Id, double? Score = null)
{
    public string Encode() =>
        System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this)));

    /// <returns>False when the value is not a cursor this API produced; an absent value is a valid "from the start".</returns>
    public static bool TryDecode(string? value, out KeysetCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(value)) return true;
        try
        {
            var base64 = value.Replace('-', '+').Replace('_', '/');
            base64 += new string('=', (4 - base64.Length % 4) % 4);
            cursor = JsonSerializer.Deserialize<KeysetCursor>(Convert.FromBase64String(base64));
            return cursor is not null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return false;
        }
    }

    /// <summary>Decodes a cursor a client sent, or fails the request with a field error naming the parameter.</summary>
    public static KeysetCursor? DecodeOrThrow(string? value, string parameter) =>
        TryDecode(value, out var cursor) ? cursor : throw ProblemException.Field(parameter, "Not a cursor returned by this API.");
}
