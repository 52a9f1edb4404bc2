using System.Text.Json.Nodes;
using AdaptiveLearning.Api.FunctionalTests.OpenApi;

namespace AdaptiveLearning.Api.FunctionalTests.Sdk;

/// <summary>Suggests the Refit method for an operation the SDK lacks, so the failure message is the fix.</summary>
internal static class RefitSignature
{
    public static string Suggest(OpenApiDocumentTests.Operation op)
    {
        var verb = char.ToUpperInvariant(op.Verb[0]) + op.Verb[1..];
        var success = op.Node["responses"]?.AsObject().FirstOrDefault(r => r.Key.StartsWith('2')).Value;
        var result = TypeOf(success?["content"]?["application/json"]?["schema"]);
        var parameters = (op.Node["parameters"]?.AsArray() ?? [])
            .Select(p => (Node: p!, Required: p!["required"]?.GetValue<bool>() == true))
            .OrderByDescending(p => p.Required)
            .Select(p => Parameter(p.Node, p.Required))
            .ToList();
        if (TypeOf(op.Node["requestBody"]?["content"]?["application/json"]?["schema"]) is { } body)
            parameters.Insert(parameters.Count(p => !p.Contains(" = ")), $"[Body] {body} request");
        parameters.Add("CancellationToken cancellationToken = default");
        var bearer = op.RequiresBearer ? "[Headers(\"Authorization: Bearer\")] " : "";
        var returns = result is null ? "Task" : $"Task<{result}>";
        return $"[{verb}(\"{op.Path}\")] {bearer}{returns} {op.Id}Async({string.Join(", ", parameters)});";
    }

    private static string Parameter(JsonNode parameter, bool required)
    {
        var name = parameter["name"]!.GetValue<string>();
        var type = TypeOf(parameter["schema"]) ?? "string";
        var attribute = parameter["in"]?.GetValue<string>() switch
        {
            "query" => "[Query] ",
            "header" => $"[Header(\"{name}\")] ",
            _ => "",
        };
        return required ? $"{attribute}{type} {name}" : $"{attribute}{type}? {name} = null";
    }

    private static string? TypeOf(JsonNode? schema)
    {
        if (schema is null)
            return null;
        if (schema["$ref"] is { } reference)
            return reference.GetValue<string>().Split('/')[^1];
        if (schema["oneOf"] is JsonArray oneOf)
            return oneOf.Select(TypeOf).FirstOrDefault(t => t is not null and not "null");
        var type = schema["type"] switch
        {
            JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null"),
            JsonValue single => single.GetValue<string>(),
            _ => null,
        };
        return (type, schema["format"]?.GetValue<string>()) switch
        {
            ("string", "uuid") => "Guid",
            ("string", "date-time") => "DateTimeOffset",
            ("integer", "int64") => "long",
            ("integer", _) => "int",
            ("number", _) => "double",
            ("boolean", _) => "bool",
            ("array", _) => $"List<{TypeOf(schema["items"]) ?? "object"}>",
            ("null", _) => "null",
            _ => "string",
        };
    }
}
