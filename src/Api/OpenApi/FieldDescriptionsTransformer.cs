using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AdaptiveLearning.Api.OpenApi;

/// <summary>
/// Describes each schema field from the XML docs of the type it comes from (request, response or Domain type): the
/// property's summary, or the record parameter it was declared as. Written once, beside the code it explains.
/// </summary>
internal sealed class FieldDescriptionsTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        if (schema.Properties is null || context.JsonPropertyInfo is not null)
            return Task.CompletedTask;
        foreach (var info in context.JsonTypeInfo.Properties)
        {
            if (info.AttributeProvider is not PropertyInfo property || !schema.Properties.TryGetValue(info.Name, out var field)
                || (XmlDocs.Summary(property) ?? XmlDocs.RecordParameter(property)) is not { } text)
                continue;
            switch (field)
            {
                case OpenApiSchema concrete when string.IsNullOrEmpty(concrete.Description):
                    concrete.Description = text;
                    break;
                case OpenApiSchemaReference reference when string.IsNullOrEmpty(reference.Description):
                    reference.Description = text;
                    break;
            }
        }
        return Task.CompletedTask;
    }
}
