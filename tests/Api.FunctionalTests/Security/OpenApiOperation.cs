using System.Text.Json.Nodes;

namespace AdaptiveLearning.Api.FunctionalTests.Security;

/// <summary>One operation of the committed OpenAPI document, reduced to what a fuzzer needs.</summary>
public sealed record OpenApiOperation(string Method, string Path, IReadOnlyList<string> PathParameters,
    IReadOnlyList<string> QueryParameters, IReadOnlyDictionary<string, string>? BodyProperties, IReadOnlySet<int> Statuses)
{
    public override string ToString() => $"{Method} {Path}";

    public string PathWith(Func<string, string> value) =>
        PathParameters.Aggregate(Path, (path, name) => path.Replace("{" + name + "}", value(name)));

    public static IReadOnlyList<OpenApiOperation> All { get; } = Load();

    private static List<OpenApiOperation> Load()
    {
        var document = JsonNode.Parse(File.ReadAllText(RepositoryFiles.OpenApiDocument))!;
        var schemas = document["components"]?["schemas"]?.AsObject();
        var operations = new List<OpenApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        foreach (var (method, operation) in item!.AsObject())
        {
            if (method is not ("get" or "post" or "put" or "patch" or "delete"))
                continue;
            // A stream answers 200 and stays open by design; its own tests (EventStreamTests) cover its input and access.
            if (operation!["responses"]?["200"]?["content"]?["text/event-stream"] is not null)
                continue;
            var parameters = operation!["parameters"]?.AsArray().Select(p => (Name: (string)p!["name"]!, In: (string)p["in"]!)).ToList() ?? [];
            var body = operation["requestBody"]?["content"]?["application/json"]?["schema"];
            operations.Add(new OpenApiOperation(method.ToUpperInvariant(), path,
                parameters.Where(p => p.In == "path").Select(p => p.Name).ToList(),
                parameters.Where(p => p.In == "query").Select(p => p.Name).ToList(),
                body is null ? null : Properties(Resolve(body, schemas), schemas),
                operation["responses"]!.AsObject().Select(r => int.TryParse(r.Key, out var s) ? s : 0).ToHashSet()));
        }
        return operations;
    }

    private static JsonNode? Resolve(JsonNode? schema, JsonObject? schemas) =>
        schema?["$ref"] is { } reference ? schemas?[((string)reference!).Split('/')[^1]] : schema;

    /// <summary>Each property's JSON type ("string", "integer", "array", "object"…), the first non-null one when several are allowed.</summary>
    private static Dictionary<string, string> Properties(JsonNode? schema, JsonObject? schemas) =>
        schema?["properties"]?.AsObject().ToDictionary(p => p.Key, p => TypeOf(Resolve(p.Value, schemas))) ?? [];

    private static string TypeOf(JsonNode? schema) => schema?["type"] switch
    {
        JsonValue single => (string)single!,
        JsonArray several => several.Select(t => (string)t!).FirstOrDefault(t => t != "null") ?? "null",
        _ => schema?["properties"] is not null ? "object" : schema?["enum"] is not null ? "string" : "any",
    };
}
