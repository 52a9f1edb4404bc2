using System.Text.Json.Nodes;
using FastEndpoints;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AdaptiveLearning.Api.OpenApi;

/// <summary>
/// Names each FastEndpoints operation after its endpoint class (<c>GetMeEndpoint</c> → <c>GetMe</c>),
/// stable across route changes, and carries over the endpoint's <c>Summary(...)</c> and the XML docs
/// of the request properties that became route, query or header parameters.
/// </summary>
internal sealed class FastEndpointsOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<EndpointDefinition>().FirstOrDefault() is not { } definition)
            return Task.CompletedTask;

        operation.OperationId = OperationId(definition.EndpointType);
        // One class serving several verbs still needs one operationId per operation.
        if (definition.Verbs.Length > 1 && context.Description.HttpMethod is { Length: > 0 } verb)
            operation.OperationId += char.ToUpperInvariant(verb[0]) + verb[1..].ToLowerInvariant();
        if (definition.EndpointSummary is { } summary)
        {
            operation.Summary = NullIfBlank(summary.Summary) ?? operation.Summary;
            operation.Description = NullIfBlank(summary.Description) ?? operation.Description;
            foreach (var (status, text) in summary.Responses)
            {
                if (operation.Responses?.TryGetValue(status.ToString(), out var response) == true && response is OpenApiResponse concrete)
                    concrete.Description = text;
            }
        }
        DescribeParameters(operation, definition);
        return Task.CompletedTask;
    }

    public static string OperationId(Type endpointType)
    {
        var name = endpointType.Name;
        var generic = name.IndexOf('`');
        if (generic >= 0)
            name = name[..generic];
        return name.EndsWith("Endpoint", StringComparison.Ordinal) && name.Length > "Endpoint".Length
            ? name[..^"Endpoint".Length]
            : name;
    }

    private static void DescribeParameters(OpenApiOperation operation, EndpointDefinition definition)
    {
        var properties = RequestProperties.Of(definition.ReqDtoType);
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            var property = properties.FirstOrDefault(p => p.WireName.Equals(parameter.Name, StringComparison.OrdinalIgnoreCase))?.Property;
            if (property is null)
                continue;
            parameter.Description ??= XmlDocs.Summary(property);
            if (parameter.Example is null && XmlDocs.Example(property) is { } example)
                parameter.Example = JsonValue.Create(example);
        }
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
