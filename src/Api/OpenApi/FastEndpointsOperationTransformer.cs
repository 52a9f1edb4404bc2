using FastEndpoints;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AdaptiveLearning.Api.OpenApi;

/// <summary>
/// Names each FastEndpoints operation after its endpoint class (<c>GetMeEndpoint</c> → <c>GetMe</c>),
/// stable across refactorings of routes, and carries over the endpoint's <c>Summary(...)</c>.
/// </summary>
internal sealed class FastEndpointsOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<EndpointDefinition>().FirstOrDefault() is not { } definition)
            return Task.CompletedTask;

        operation.OperationId = OperationId(definition.EndpointType);
        if (definition.EndpointSummary is { } summary)
        {
            operation.Summary = NullIfBlank(summary.Summary) ?? operation.Summary;
            operation.Description = NullIfBlank(summary.Description) ?? operation.Description;
            if (operation.Responses is not null)
            {
                foreach (var (status, text) in summary.Responses)
                {
                    if (operation.Responses.TryGetValue(status.ToString(), out var response) && response is OpenApiResponse concrete)
                        concrete.Description = text;
                }
            }
        }
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

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
