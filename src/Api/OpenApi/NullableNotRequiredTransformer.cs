using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AdaptiveLearning.Api.OpenApi;

/// <summary>
/// The API writes JSON with nulls omitted and reads a missing property as null, so a nullable
/// property is never "required" on the wire, whatever a record constructor says. Without this,
/// generated clients would insist on sending every field of a partial update.
/// </summary>
internal sealed class NullableNotRequiredTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        if (schema.Required is not { Count: > 0 } required || schema.Properties is null)
            return Task.CompletedTask;
        foreach (var (name, property) in schema.Properties)
        {
            if (IsNullable(property))
                required.Remove(name);
        }
        if (required.Count == 0)
            schema.Required = null;
        return Task.CompletedTask;
    }

    private static bool IsNullable(IOpenApiSchema property) =>
        property.Type is { } type && type.HasFlag(JsonSchemaType.Null)
        || property.OneOf?.Any(s => s.Type == JsonSchemaType.Null) == true
        || property.AnyOf?.Any(s => s.Type == JsonSchemaType.Null) == true;
}
