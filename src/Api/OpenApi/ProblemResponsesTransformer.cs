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

    // The general code of each status leads; the specific ones follow in the vocabulary's order.
    private static readonly Problem[] Leading =
    [
        Problems.ValidationFailed, Problems.Unauthenticated, Problems.Forbidden, Problems.NotFound, Problems.Conflict,
        Problems.PayloadTooLarge, Problems.UnsupportedMediaType, Problems.RuleViolated, Problems.RateLimited,
        Problems.Internal, Problems.Unavailable,
    ];

    // account_locked stays reserved in the vocabulary but is no longer produced (ADR 0003).
    private static readonly Dictionary<int, Problem[]> CodesByStatus = typeof(Problems)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Select(f => (Problem)f.GetValue(null)!)
        .Where(p => p != Problems.AccountLocked)
        .OrderBy(p => Array.IndexOf(Leading, p) is var i && i >= 0 ? i : int.MaxValue)
        .GroupBy(ProblemStatuses.Of)
        .ToDictionary(g => g.Key, g => g.ToArray());

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (operation.Responses is null)
            return;
        // Any operation can meet a database outage; every authenticated one has a per-user request budget.
        operation.Responses.TryAdd("503", new OpenApiResponse());
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
            operation.Responses.TryAdd("429", new OpenApiResponse());
        IOpenApiSchema? problemSchema = null;
        var field = FirstRequiredField(context) ?? "field";
        foreach (var (key, response) in operation.Responses.ToList())
        {
            if (!int.TryParse(key, out var status) || status < 400 || response is not OpenApiResponse concrete)
                continue;
            problemSchema ??= await ProblemSchemaAsync(context, ct);
            var first = CodesByStatus.TryGetValue(status, out var known) ? known[0] : null;
            concrete.Description = first is null
                ? concrete.Description
                : $"{first.Title} Problem codes include: {string.Join(", ", known!.Select(p => p.Code))}.";
            // One named example per code the status can carry, so a client sees each shape it must handle.
            concrete.Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemWriter.ContentType] = new()
                {
                    Schema = problemSchema,
                    Examples = known?.ToDictionary(p => p.Code, p => (IOpenApiExample)new OpenApiExample { Summary = p.Title, Value = Example(p, field) }),
                },
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

    /// <summary>A field the operation's validator requires, for a validation example that fits the operation.</summary>
    private static string? FirstRequiredField(OpenApiOperationTransformerContext context)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<FastEndpoints.EndpointDefinition>().FirstOrDefault() is not { ReqDtoType: { } type })
            return null;
        return RequestProperties.Of(type).FirstOrDefault(p => ValidatorConstraints.For(type, p.Property.Name).Required)?.WireName;
    }

    private static JsonNode Example(Problem problem, string field)
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
            example["errors"] = new JsonObject { [field] = new JsonArray($"'{field}' must not be empty.") };
        return example;
    }
}
