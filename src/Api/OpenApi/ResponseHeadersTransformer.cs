using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AdaptiveLearning.Api.OpenApi;

/// <summary>
/// Describes each success response by what the operation does, and documents the HTTP headers the API's conventions rely on: <c>ETag</c> and <c>If-None-Match</c> on cached
/// reads (those that can answer 304), <c>If-Match</c> on writes that can answer 412, <c>Location</c> on 201/202, and <c>Retry-After</c> on 429 and 503.
/// </summary>
internal sealed class ResponseHeadersTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (operation.Responses is not { } responses)
            return Task.CompletedTask;
        // "OK" tells a reader nothing: a success response says what the operation gives back.
        foreach (var (status, response) in responses)
            if (status.StartsWith('2') && response is OpenApiResponse concrete && operation.Summary is { Length: > 0 } summary
                && concrete.Description is null or "OK" or "Created" or "Accepted" or "No Content")
                concrete.Description = summary;
        if (responses.ContainsKey("304"))
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-None-Match",
                In = ParameterLocation.Header,
                Description = "The ETag of the copy you hold; the answer is 304 without a body while it is current.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
            AddHeader(responses, "200", "ETag", "Identifies this version of the resource; send it back as If-None-Match.");
            AddHeader(responses, "304", "ETag", "The current version, unchanged since the one you sent.");
        }
        if (responses.ContainsKey("412"))
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Description = "The ETag of the question as you last read it: the change applies only if it is still current, otherwise 412 "
                              + "precondition_failed and nothing is written. Without it the change applies to whatever is current.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
        AddHeader(responses, "201", "Location", "Where the created resource can be read.");
        AddHeader(responses, "202", "Location", "Where the accepted job can be polled.");
        AddHeader(responses, "429", "Retry-After", "Seconds to wait before trying again.", JsonSchemaType.Integer);
        AddHeader(responses, "503", "Retry-After", "Seconds to wait before retrying; a retried answer with the same clientAttemptId is recorded once.", JsonSchemaType.Integer);
        return Task.CompletedTask;
    }

    private static void AddHeader(OpenApiResponses responses, string status, string name, string description,
        JsonSchemaType type = JsonSchemaType.String)
    {
        if (!responses.TryGetValue(status, out var response) || response is not OpenApiResponse concrete)
            return;
        concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
        concrete.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = type } };
    }
}
