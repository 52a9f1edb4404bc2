using System.Text.Json;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Imports.Format;

/// <summary>
/// Reads <c>_hierarchy.json</c>: an object keyed by node path, each value
/// <c>{"name": "...", "description": "...", "sort_order": 0}</c> (name required).
/// </summary>
public static class HierarchyFileParser
{
    public const int MaxNameLength = 200;

    public static (IReadOnlyList<HierarchyNodeInfo> Nodes, ParsedFile Result) Parse(ImportFile file, byte[] bytes)
    {
        var parsed = new ParsedFile(file, null);
        var nodes = new List<HierarchyNodeInfo>();
        using var document = QuestionFileParser.TryParseJson(bytes, parsed);
        if (document is null)
            return (nodes, parsed);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            parsed.AddProblem(null, null, null, "must be an object keyed by node path");
            return (nodes, parsed);
        }
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            if (Read(entry, parsed) is { } node)
                nodes.Add(node);
            parsed.ItemCount++;
        }
        return (nodes, parsed);
    }

    private static HierarchyNodeInfo? Read(JsonProperty entry, ParsedFile parsed)
    {
        void Problem(string? field, string reason) => parsed.AddProblem(null, null, field is null ? entry.Name : $"{entry.Name}.{field}", reason);

        var before = parsed.Problems.Count;
        if (!HierarchyPath.TryParse(entry.Name, out var path))
        {
            Problem(null, "is not a node path (codes joined by \"__\", at most 4 levels)");
            return null;
        }
        if (entry.Value.ValueKind != JsonValueKind.Object)
        {
            Problem(null, "must be an object with name, description, sort_order");
            return null;
        }
        var value = entry.Value;
        var name = value.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        var description = value.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
        var sortOrder = value.TryGetProperty("sort_order", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var order) ? order : 0;
        if (string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength)
            Problem("name", $"is required, a string of 1-{MaxNameLength} characters");
        if (description?.Length > ContentRules.MaxTextLength)
            Problem("description", $"is longer than {ContentRules.MaxTextLength} characters");
        foreach (var unknown in value.EnumerateObject().Where(p => p.Name is not ("name" or "description" or "sort_order")))
            Problem(unknown.Name, "is not a field of a hierarchy entry");
        return parsed.Problems.Count == before ? new HierarchyNodeInfo(path, name!, description, sortOrder) : null;
    }
}
