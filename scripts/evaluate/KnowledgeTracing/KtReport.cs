using System.Text.Json;
using System.Text.Json.Serialization;

namespace AdaptiveLearning.Evaluate.KnowledgeTracing;

/// <summary>The `--json` output: exactly {"models": {"irt": {...}, "pfa": {...}, "bkt": {...}, "ml": {...}}}.</summary>
internal sealed record KtReport([property: JsonPropertyName("models")] IReadOnlyDictionary<string, ModelScore> Models)
{
    public void WriteJson(string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true }) + "\n");
}
