using System.Globalization;
using System.Text.Json.Nodes;
using FastEndpoints;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AdaptiveLearning.Api.OpenApi;

/// <summary>
/// Puts each request property's validation rules into the document: <c>required</c>, lengths, ranges and
/// patterns on body schemas, the same on query and route parameters, plus declared defaults and closed
/// sets of wire names (<see cref="WireEnumAttribute"/>). Generators then make required fields non-optional.
/// </summary>
internal sealed class ConstraintsTransformer : IOpenApiSchemaTransformer, IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        if (schema.Properties is null || context.JsonPropertyInfo is not null)
            return Task.CompletedTask;
        var type = context.JsonTypeInfo.Type;
        foreach (var info in context.JsonTypeInfo.Properties)
        {
            if (!schema.Properties.TryGetValue(info.Name, out var property) || property is not OpenApiSchema concrete
                || info.AttributeProvider is not System.Reflection.PropertyInfo clr)
                continue;
            var constraints = ValidatorConstraints.For(type, clr.Name);
            if (constraints.Required)
            {
                schema.Required ??= new HashSet<string>();
                schema.Required.Add(info.Name);
            }
            Apply(concrete, constraints, clr);
        }
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<EndpointDefinition>().FirstOrDefault() is not { ReqDtoType: { } type })
            return Task.CompletedTask;
        var properties = RequestProperties.Of(type);
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            var property = properties.FirstOrDefault(p => p.WireName.Equals(parameter.Name, StringComparison.OrdinalIgnoreCase))?.Property;
            if (property is null || parameter.Schema is not OpenApiSchema schema)
                continue;
            var constraints = ValidatorConstraints.For(type, property.Name);
            if (constraints.Required)
                parameter.Required = true;
            if (property.GetCustomAttributes(typeof(DeprecatedAttribute), false).FirstOrDefault() is DeprecatedAttribute deprecated)
            {
                parameter.Deprecated = true;
                parameter.Description = $"Deprecated: {deprecated.Replacement} {parameter.Description}".TrimEnd();
            }
            Apply(schema, constraints, property);
        }
        return Task.CompletedTask;
    }

    private static void Apply(OpenApiSchema schema, PropertyConstraints constraints, System.Reflection.PropertyInfo property)
    {
        schema.MinLength ??= constraints.MinLength;
        schema.MaxLength ??= constraints.MaxLength;
        schema.Minimum ??= constraints.Minimum?.ToString(CultureInfo.InvariantCulture);
        schema.Maximum ??= constraints.Maximum?.ToString(CultureInfo.InvariantCulture);
        schema.Pattern ??= constraints.Pattern;
        schema.Format ??= constraints.Format;
        if (DeclaredDefault(property) is { } value)
            schema.Default ??= value;
        if (property.GetCustomAttributes(typeof(WireEnumAttribute), false).FirstOrDefault() is WireEnumAttribute names)
            schema.Enum = names.Values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
    }

    /// <summary>A [DefaultValue], or the value a new request object starts with (<c>Limit = 50</c>) when it is not the type's own default.</summary>
    private static JsonNode? DeclaredDefault(System.Reflection.PropertyInfo property)
    {
        if (property.GetCustomAttributes(typeof(System.ComponentModel.DefaultValueAttribute), false).FirstOrDefault()
            is System.ComponentModel.DefaultValueAttribute declared)
            return JsonValue.Create(declared.Value);
        // Only request objects (declared here in the Api) have defaults a client can rely on; responses always carry their values.
        if (property.DeclaringType is not { } owner || owner.Assembly != typeof(ConstraintsTransformer).Assembly
            || owner.GetConstructor(Type.EmptyTypes) is null || property.GetMethod is null)
            return null;
        var value = property.GetValue(Activator.CreateInstance(property.DeclaringType));
        var type = property.PropertyType;
        var isTypeDefault = value is null or "" || (type.IsValueType && value.Equals(Activator.CreateInstance(type)));
        return isTypeDefault || value is not (string or int or long or double or bool) ? null : JsonValue.Create(value);
    }
}
