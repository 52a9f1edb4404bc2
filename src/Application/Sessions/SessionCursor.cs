using System.Text;
using System.Text.Json;

namespace AdaptiveLearning.Application.Sessions;

/// <summary>
/// Where a page of sessions stopped. Sessions have random ids, so the keyset is (startedAt, id) rather than the
/// integer <see cref="Common.KeysetCursor"/> other lists use; clients only hand back the string.
/// </summary>
public sealed record SessionCursor(DateTimeOffset StartedAt, Guid Id)
{
    public string Encode() => System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this)));

    /// <returns>False when the value is not a cursor this API produced; an absent value is a valid "from the start".</returns>
    public static bool TryDecode(string? value, out SessionCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(value)) return true;
        try
        {
            cursor = JsonSerializer.Deserialize<SessionCursor>(System.Buffers.Text.Base64Url.DecodeFromChars(value));
            return cursor is not null && cursor.Id != Guid.Empty;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return false;
        }
    }
}
