using System.Text.Json;
using System.Text.Json.Nodes;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Imports.Format.Bank;

/// <summary>A stored question as an item of the JSON import format: what every writer starts from and is checked against.</summary>
public static class CanonicalItem
{
    public static JsonObject Of(string externalId, QuestionContent content)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            QuestionItemWriter.Write(writer, externalId, content);
        return JsonNode.Parse(buffer.ToArray())!.AsObject();
    }

    public static string? Text(JsonObject item, string field) => item[field] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static IReadOnlyList<string> Strings(JsonObject item, string field) => item[field] switch
    {
        JsonArray a => a.Select(n => n?.GetValue<string>() ?? "").ToList(),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    public static IReadOnlyList<(string Key, string Text)> Options(JsonObject item) =>
        item[ImportFields.Options] is JsonObject o ? o.Select(p => (p.Key, p.Value?.GetValue<string>() ?? "")).ToList() : [];
}
