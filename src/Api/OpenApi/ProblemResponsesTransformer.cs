using System.Text.Json.Nodes;
using AdaptiveLearning.Api.Errors;
using AdaptiveLearning.Application.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AdaptiveLearning.Api.OpenApi;

/// <summary>
/// Every declared error response (<c>.ProducesProblem(404)</c>) is described by the one
/// <see cref="ApiProblem"/> schema as application/problem+json, with the codes a client may switch on.
/// </summary>
internal sealed class ProblemResponsesTransformer : IOpenApiOperationTransformer
{
    public const string SchemaName = nameof(ApiProblem);

    private static readonly Dictionary<int, Problem[]> CodesByStatus = new()
    {
        [400] = [Problems.ValidationFailed, Problems.MalformedRequest],
        [401] = [Problems.Unauthenticated],
        [403] = [Problems.Forbidden],
        [404] = [Problems.NotFound],
        [409] = [Problems.Conflict],
        [413] = [Problems.PayloadTooLarge],
        [415] = [Problems.UnsupportedMediaType],
        [422] = [Problems.RuleViolated],
        [429] = [Problems.RateLimited, Problems.TooManyJobs, Problems.LoginThrottled],
        [500] = [Problems.Internal],
        [503] = [Problems.Unavailable],
    };

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (operation.Responses is null)
            return;
        // Any operation can meet a database outage; every authenticated one has a per-user request budget.
        operation.Responses.TryAdd("503", new OpenApiResponse());
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
            operation.Responses.TryAdd("429", new OpenApiResponse());
        IOpenApiSchema? problemSchema = null;
        foreach (var (key, response) in operation.Responses.ToList())
        {
            if (!int.TryParse(key, out var status) || status < 400 || response is not OpenApiResponse concrete)
                continue;
            problemSchema ??= await ProblemSchemaAsync(context, ct);
            var first = CodesByStatus.TryGetValue(status, out var known) ? known[0] : null;
            concrete.Description = first is null
                ? concrete.Description
                : $"{first.Title} Problem codes include: {string.Join(", ", known!.Select(p => p.Code))}.";
            concrete.Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemWriter.ContentType] = new() { Schema = problemSchema, Example = first is null ? null : Example(first) },
            };
        }
    }

    private static async Task<IOpenApiSchema> ProblemSchemaAsync(OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(SchemaName) != true)
            document.AddComponent(SchemaName, await context.GetOrCreateSchemaAsync(typeof(ApiProblem), null, ct));
        return new OpenApiSchemaReference(SchemaName, document);
    }

    private static JsonNode Example(Problem problem)
    {
        var example = new JsonObject
        {
            ["type"] = $"https://adaptive-learning.dev/problems/{problem.Code}",
            ["title"] = problem.Title,
            ["status"] = ProblemStatuses.Of(problem),
            ["code"] = problem.Code,
            ["traceId"] = "4bf92f3577b34da6a3ce929d0e0e4736",
        };
        if (problem == Problems.ValidationFailed)
            example["errors"] = new JsonObject { ["email"] = new JsonArray("'Email' is not a valid email address.") };
        return example;
    }
}
