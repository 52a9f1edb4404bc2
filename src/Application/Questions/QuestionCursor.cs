using System.Text.Json;
using System.Text;

namespace AdaptiveLearning.Application.Questions;

/// <summary>An opaque keyset position: the last row's id, and its relevance when ordering by relevance.</summary>
public sealed record QuestionCursor(long Id, double? Score)
{
    public string Encode() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static bool TryDecode(string? value, out QuestionCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(value)) return true;
        try
        {
            var base64 = value.Replace('-', '+').Replace('_', '/');
            base64 += new string('=', (4 - base64.Length % 4) % 4);
            cursor = JsonSerializer.Deserialize<QuestionCursor>(Convert.FromBase64String(base64));
            return cursor is not null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return false;
        }
    }
}
