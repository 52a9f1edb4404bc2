using System.Text.Json;

namespace AdaptiveLearning.Bench.Load;

/// <summary>A published multiple-choice question with one right and one wrong option key, to answer it either way.</summary>
internal sealed record BankQuestion(long Id, string CorrectKey, string WrongKey)
{
    /// <summary>Reads the keys from stored content, whichever spelling of the fields it uses; null when it has no wrong option.</summary>
    public static BankQuestion? FromContent(long id, string content)
    {
        using var doc = JsonDocument.Parse(content);
        var correct = Keys(Property(doc.RootElement, "correctKeys", "correct_keys", "correct_answer", "correctAnswer")).ToList();
        var options = Keys(Property(doc.RootElement, "options")).ToList();
        var wrong = options.FirstOrDefault(k => !correct.Contains(k));
        return correct.Count > 0 && wrong is not null ? new BankQuestion(id, correct[0], wrong) : null;
    }

    private static JsonElement? Property(JsonElement element, params string[] names)
    {
        foreach (var p in element.EnumerateObject())
            if (names.Any(n => string.Equals(n, p.Name, StringComparison.OrdinalIgnoreCase)))
                return p.Value;
        return null;
    }

    private static IEnumerable<string> Keys(JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.String } s => [s.GetString()!],
        { ValueKind: JsonValueKind.Object } o => o.EnumerateObject().Select(p => p.Name),
        { ValueKind: JsonValueKind.Array } a => a.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Object
            ? Property(e, "key")?.GetString() ?? "" : e.GetString() ?? "").Where(k => k.Length > 0),
        _ => [],
    };
}
