using System.Text.Json.Nodes;

namespace AdaptiveLearning.Api.FunctionalTests.OpenApi;

/// <summary>Where two JSON documents differ, ignoring formatting and the order of object properties.</summary>
internal static class JsonDifferences
{
    public static IEnumerable<string> Between(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    if (!e.ContainsKey(key)) yield return $"{path}.{key}: only in the served document";
                    else if (!a.ContainsKey(key)) yield return $"{path}.{key}: only in the committed file";
                    else
                        foreach (var d in Between(e[key], a[key], $"{path}.{key}")) yield return d;
                }
                break;
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count) yield return $"{path}: {e.Count} items committed, {a.Count} served";
                for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
                    foreach (var d in Between(e[i], a[i], $"{path}[{i}]")) yield return d;
                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                    yield return $"{path}: committed {expected?.ToJsonString() ?? "null"}, served {actual?.ToJsonString() ?? "null"}";
                break;
        }
    }
}
