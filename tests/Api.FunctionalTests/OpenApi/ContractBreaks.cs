using System.Text.Json.Nodes;

namespace AdaptiveLearning.Api.FunctionalTests.OpenApi;

/// <summary>
/// The changes between two OpenAPI documents that would break a client built against the older one: an operation
/// gone, a response field gone or able to carry values it never carried (a new type or null), a request field or
/// parameter newly required, or a request field accepting less than before (a narrower type or fewer enum values).
/// New operations, new optional fields and new response enum values are additive: the SDKs read unknown enum values.
/// </summary>
internal sealed class ContractBreaks(JsonNode released, JsonNode current)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head", "options"];
    private readonly List<string> _breaks = [];

    public static IReadOnlyList<string> Between(JsonNode released, JsonNode current)
    {
        var breaks = new ContractBreaks(released, current);
        breaks.CompareOperations();
        return breaks._breaks;
    }

    private void CompareOperations()
    {
        foreach (var (path, item) in released["paths"]!.AsObject())
            foreach (var method in Methods.Where(m => item![m] is not null))
            {
                var where = $"{method.ToUpperInvariant()} {path}";
                if (current["paths"]?[path]?[method] is not JsonObject now)
                {
                    _breaks.Add($"{where}: operation removed");
                    continue;
                }
                var then = item![method]!.AsObject();
                CompareParameters(where, then, now);
                if (Schema(released, then["requestBody"]) is { } thenBody && Schema(current, now["requestBody"]) is { } nowBody)
                    CompareRequest($"{where} body", thenBody, nowBody, new HashSet<(JsonNode, JsonNode)>(PairComparer.Instance));
                foreach (var (status, response) in then["responses"]?.AsObject() ?? [])
                    if (status.StartsWith('2') && Schema(released, response) is { } thenResponse
                        && Schema(current, now["responses"]?[status]) is { } nowResponse)
                        CompareResponse($"{where} {status}", thenResponse, nowResponse, new HashSet<(JsonNode, JsonNode)>(PairComparer.Instance));
            }
    }

    private void CompareParameters(string where, JsonObject then, JsonObject now)
    {
        var before = (then["parameters"]?.AsArray() ?? []).ToDictionary(p => $"{p!["in"]}:{p["name"]}", p => p!);
        foreach (var parameter in now["parameters"]?.AsArray() ?? [])
        {
            var key = $"{parameter!["in"]}:{parameter["name"]}";
            var required = parameter["required"]?.GetValue<bool>() == true;
            if (!before.TryGetValue(key, out var old))
            {
                if (required) _breaks.Add($"{where}: new required parameter {parameter["name"]}");
                continue;
            }
            if (required && old["required"]?.GetValue<bool>() != true)
                _breaks.Add($"{where}: parameter {parameter["name"]} is now required");
            if (old["schema"] is { } oldSchema && parameter["schema"] is { } newSchema)
                CompareRequest($"{where} parameter {parameter["name"]}", Resolve(released, oldSchema), Resolve(current, newSchema), new HashSet<(JsonNode, JsonNode)>(PairComparer.Instance));
        }
    }

    /// <summary>A request must still accept everything it accepted.</summary>
    private void CompareRequest(string where, JsonNode then, JsonNode now, HashSet<(JsonNode, JsonNode)> seen)
    {
        // A schema pair is compared once: recursive schemas (a node's children) would otherwise never end.
        if (!seen.Add((then, now))) return;
        var (accepted, accepts) = (Types(released, then), Types(current, now));
        if (accepts.Count > 0 && !accepts.IsSupersetOf(accepted))
            _breaks.Add($"{where}: accepts {string.Join("|", accepts)}, accepted {string.Join("|", accepted)}");
        if (Enum(now) is { } allowed && !(Enum(then) is { } before && allowed.IsSupersetOf(before)))
            _breaks.Add($"{where}: accepts fewer values than before");
        var wasRequired = Required(then);
        foreach (var name in Required(now).Where(n => !wasRequired.Contains(n)))
            _breaks.Add($"{where}: field {name} is newly required");
        foreach (var (name, property) in Properties(now))
            if (Properties(then).TryGetValue(name, out var old))
                CompareRequest($"{where}.{name}", Resolve(released, old), Resolve(current, property), seen);
        if (Items(then) is { } oldItems && Items(now) is { } newItems)
            CompareRequest($"{where}[]", Resolve(released, oldItems), Resolve(current, newItems), seen);
    }

    /// <summary>A response must still carry every field it carried, with no kind of value a client has not seen.</summary>
    private void CompareResponse(string where, JsonNode then, JsonNode now, HashSet<(JsonNode, JsonNode)> seen)
    {
        if (!seen.Add((then, now))) return;
        var (carried, carries) = (Types(released, then), Types(current, now));
        if (carried.Count > 0 && !carried.IsSupersetOf(carries))
            _breaks.Add($"{where}: may now be {string.Join("|", carries.Except(carried))}");
        var currentFields = Properties(now);
        foreach (var (name, old) in Properties(then))
        {
            if (!currentFields.TryGetValue(name, out var property))
                _breaks.Add($"{where}: field {name} removed");
            else
                CompareResponse($"{where}.{name}", Resolve(released, old), Resolve(current, property), seen);
        }
        if (Items(then) is { } oldItems && Items(now) is { } newItems)
            CompareResponse($"{where}[]", Resolve(released, oldItems), Resolve(current, newItems), seen);
    }

    private static JsonNode? Schema(JsonNode document, JsonNode? bodyOrResponse)
    {
        if (bodyOrResponse is null) return null;
        var content = Resolve(document, bodyOrResponse)["content"]?.AsObject();
        var media = content?.FirstOrDefault(c => c.Key.Contains("json", StringComparison.Ordinal)).Value;
        return media?["schema"] is { } schema ? Resolve(document, schema) : null;
    }

    private static JsonNode Resolve(JsonNode document, JsonNode node)
    {
        for (var hops = 0; node["$ref"]?.GetValue<string>() is { } reference && hops < 20; hops++)
            node = reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Aggregate((JsonNode?)document, (n, part) => n?[part.Replace("~1", "/").Replace("~0", "~")])!;
        return node;
    }

    /// <summary>The JSON types a schema admits, looking through oneOf/anyOf and references; empty means "anything".</summary>
    private static HashSet<string> Types(JsonNode document, JsonNode schema)
    {
        var types = new HashSet<string>();
        if (schema["type"] is JsonArray many) types.UnionWith(many.Select(t => t!.GetValue<string>()));
        else if (schema["type"] is JsonValue one) types.Add(one.GetValue<string>());
        foreach (var alternative in (schema["oneOf"]?.AsArray() ?? []).Concat(schema["anyOf"]?.AsArray() ?? []))
            types.UnionWith(Types(document, Resolve(document, alternative!)));
        if (types.Contains("integer") && types.Contains("number")) types.Remove("integer");
        return types;
    }

    private static HashSet<string>? Enum(JsonNode schema) =>
        schema["enum"] is JsonArray values ? values.Select(v => v?.ToJsonString() ?? "null").ToHashSet() : null;

    private static HashSet<string> Required(JsonNode schema) =>
        (schema["required"]?.AsArray() ?? []).Select(r => r!.GetValue<string>()).ToHashSet();

    private static Dictionary<string, JsonNode> Properties(JsonNode schema) =>
        (schema["properties"]?.AsObject() ?? []).ToDictionary(p => p.Key, p => p.Value!);

    private static JsonNode? Items(JsonNode schema) => schema["items"];

    private sealed class PairComparer : IEqualityComparer<(JsonNode, JsonNode)>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals((JsonNode, JsonNode) x, (JsonNode, JsonNode) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((JsonNode, JsonNode) pair) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Item1),
                System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(pair.Item2));
    }
}
