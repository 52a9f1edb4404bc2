using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AdaptiveLearning.Api.OpenApi;

/// <summary>
/// A FastEndpoints request DTO holds its route values too (<c>SubmitAnswerRequest.Id</c> is the session in
/// <c>/sessions/{id}/answers</c>), and the route wins over the body. Documenting them in the body schema
/// makes clients send a value the server ignores, so they are removed from body-only schemas.
/// </summary>
internal sealed class RouteValuesOutOfBodyTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        if (document.Components?.Schemas is not { } schemas || document.Paths is null)
            return Task.CompletedTask;
        var operations = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []).ToList();
        var inResponses = operations
            .SelectMany(o => o.Responses?.Values.AsEnumerable() ?? [])
            .SelectMany(r => r.Content?.Values.AsEnumerable() ?? [])
            .Select(m => SchemaId(m.Schema))
            .OfType<string>()
            .ToHashSet();

        foreach (var operation in operations)
        {
            var routeNames = (operation.Parameters ?? []).Where(p => p.In == ParameterLocation.Path).Select(p => p.Name).OfType<string>().ToList();
            var bodyId = SchemaId(operation.RequestBody?.Content?.Values.FirstOrDefault()?.Schema);
            if (routeNames.Count == 0 || bodyId is null || inResponses.Contains(bodyId) || !schemas.TryGetValue(bodyId, out var schema) || schema is not OpenApiSchema body)
                continue;
            foreach (var name in routeNames)
            {
                body.Properties?.Remove(name);
                body.Required?.Remove(name);
            }
        }
        return Task.CompletedTask;
    }

    private static string? SchemaId(IOpenApiSchema? schema) => (schema as OpenApiSchemaReference)?.Reference.Id;
}
