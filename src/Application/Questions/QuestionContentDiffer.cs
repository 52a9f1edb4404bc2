using System.Text.Json;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Questions;

/// <summary>
/// Compares two versions field by field over their API JSON, so a new content field is diffed without anyone
/// remembering to add it here; only options get a structure of their own (matched by key).
/// </summary>
internal static class QuestionContentDiffer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { WireNames.JsonConverter() } };

    /// <param name="older">Null for a first version: every field it set counts as a change from nothing.</param>
    public static QuestionContentDiff Compare(QuestionContent? older, QuestionContent newer)
    {
        JsonElement? before = older is null ? null : JsonSerializer.SerializeToElement(QuestionContentDto.From(older), Json);
        var after = JsonSerializer.SerializeToElement(QuestionContentDto.From(newer), Json);
        var fields = new List<QuestionFieldChange>();
        foreach (var property in after.EnumerateObject())
        {
            if (property.Name == QuestionContentDiff.OptionsField)
                continue;
            var old = before is { } b && b.TryGetProperty(property.Name, out var o) ? ValueOf(o) : null;
            var now = ValueOf(property.Value);
            if (!Same(old, now))
                fields.Add(new QuestionFieldChange { Field = property.Name, Old = old, New = now });
        }
        return new QuestionContentDiff(fields, CompareOptions(older?.Options ?? [], newer.Options));
    }

    private static QuestionOptionChanges CompareOptions(IReadOnlyList<QuestionOption> older, IReadOnlyList<QuestionOption> newer)
    {
        // ContentRules keeps keys unique; DistinctBy only keeps a stored oddity from failing the whole read.
        var before = older.DistinctBy(o => o.Key).ToDictionary(o => o.Key);
        var after = newer.DistinctBy(o => o.Key).ToDictionary(o => o.Key);
        var orderBefore = older.Select(o => o.Key).Distinct().Where(after.ContainsKey);
        var orderAfter = newer.Select(o => o.Key).Distinct().Where(before.ContainsKey);
        var added = newer.Where(o => !before.ContainsKey(o.Key)).Select(Dto).ToArray();
        var removed = older.Where(o => !after.ContainsKey(o.Key)).Select(Dto).ToArray();
        var changed = newer.DistinctBy(o => o.Key).Where(o => before.TryGetValue(o.Key, out var was) && was != o)
            .Select(o => new QuestionOptionChange(o.Key, Dto(before[o.Key]), Dto(o))).ToArray();
        return new QuestionOptionChanges(added, removed, changed, !orderBefore.SequenceEqual(orderAfter));
    }

    private static QuestionOptionDto Dto(QuestionOption o) => new(o.Key, o.Text, o.Explanation);

    // Absent, null and an empty list all mean "nothing set", so a first version lists only what its author filled in.
    private static JsonElement? ValueOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Array when value.GetArrayLength() == 0 => null,
        _ => value,
    };

    private static bool Same(JsonElement? a, JsonElement? b) =>
        a is null ? b is null : b is not null && JsonElement.DeepEquals(a.Value, b.Value);
}
