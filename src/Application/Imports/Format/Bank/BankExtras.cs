using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AdaptiveLearning.Application.Imports.Format.Bank;

/// <summary>
/// Fields a format cannot express (difficulty in GIFT, option keys in Moodle XML…) travel beside the native question as
/// one JSON object in a place the format's other readers ignore (a GIFT comment, a CSV column, a Moodle XML element).
/// Its fields replace what the native syntax gave; null removes one. This is what makes an export re-import as a no-op.
/// </summary>
public static class BankExtras
{
    public const string Field = "extra";
    private const int DefaultDifficulty = 3;
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Apply(SourceItem item, string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            item.Problem(Field, $"is not valid JSON: {e.Message.Split(" LineNumber:")[0]}");
            return;
        }
        if (node is not JsonObject extra)
        {
            item.Problem(Field, "must be a JSON object of import-format fields");
            return;
        }
        foreach (var (name, value) in extra.ToList())
            item.Fields[name] = value?.DeepClone();
    }

    /// <summary>What must travel as extra so that <paramref name="native"/> plus it reads as <paramref name="canonical"/>; null when nothing.</summary>
    public static JsonObject? Diff(JsonObject canonical, JsonObject native)
    {
        var extra = new JsonObject();
        foreach (var (name, value) in canonical)
        {
            var same = Same(value, native[name])
                       || (name == ImportFields.Difficulty && native[name] is null && value?.GetValue<int>() == DefaultDifficulty);
            if (!same) extra[name] = value?.DeepClone();
        }
        foreach (var (name, _) in native.Where(p => !canonical.ContainsKey(p.Key)))
            extra[name] = null;
        return extra.Count > 0 ? extra : null;
    }

    /// <summary>Equal as written, key order included: JSON equality ignores the order of options, which the hash does not.</summary>
    private static bool Same(JsonNode? a, JsonNode? b) => a?.ToJsonString() == b?.ToJsonString();

    public static string Serialize(JsonObject extra) => extra.ToJsonString(Compact);
}
