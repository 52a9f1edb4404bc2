using System.Text.Json.Nodes;
using System.Text.Json;
using AdaptiveLearning.Domain.Common;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AdaptiveLearning.Api.OpenApi;

/// <summary>
/// Adds <c>x-enumNames</c> (the C# member names, in the order of <c>enum</c>) to enum schemas, so
/// generated clients name members <c>MultipleChoice</c> rather than <c>Multiple_choice</c>.
/// An enum used only as <c>T?</c> gets a component with <c>null</c> among its values; nullability
/// belongs to the referencing <c>oneOf</c>, and NSwag turns such an enum into an empty class, so the null goes.
/// </summary>
internal sealed class EnumNamesTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (!type.IsEnum || schema.Enum is not { Count: > 0 } values)
            return Task.CompletedTask;
        for (var i = values.Count - 1; i >= 0; i--)
            if (values[i] is null || values[i].GetValueKind() == JsonValueKind.Null)
                values.RemoveAt(i);
        var byWireName = Enum.GetNames(type).ToDictionary(n => WireNames.Policy.ConvertName(n), n => n);
        var names = new JsonArray();
        foreach (var value in values)
        {
            if (value is not JsonValue v || !v.TryGetValue<string>(out var wire) || !byWireName.TryGetValue(wire, out var name))
                return Task.CompletedTask;
            names.Add(name);
        }
        schema.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        schema.Extensions["x-enumNames"] = new JsonNodeExtension(names);
        return Task.CompletedTask;
    }
}
