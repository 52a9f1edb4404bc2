using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AdaptiveLearning.Api.OpenApi;

/// <summary>
/// Makes the document the same wherever it is produced (build time, tests, a running server):
/// one fixed server, sorted and described tags, and no schemas left unreferenced by the other transformers.
/// </summary>
internal sealed class DocumentTidyTransformer : IOpenApiDocumentTransformer
{
    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info = new OpenApiInfo
        {
            Title = "AdaptiveLearning API",
            Version = "v1",
            License = new OpenApiLicense { Name = "MIT", Identifier = "MIT" },
            Description = "Adaptive learning over question banks: accounts, content hierarchies, spaced-repetition "
                          + "sessions and progress. Errors are RFC 9457 application/problem+json with a stable `code`.",
        };
        // One fixed entry instead of the request-dependent one, so the document is the same wherever it is produced.
        document.Servers = [new OpenApiServer { Url = "http://127.0.0.1:5080", Description = "Local development (scripts/run); set your own base address." }];
        if (document.Tags is { } tags)
            document.Tags = new HashSet<OpenApiTag>(tags
                .Select(t => new OpenApiTag { Name = t.Name, Description = TagDescriptions.ByTag.GetValueOrDefault(t.Name!) ?? t.Description })
                .OrderBy(t => t.Name, StringComparer.Ordinal));
        await PruneUnreferencedSchemasAsync(document, ct);
    }

    private static async Task PruneUnreferencedSchemasAsync(OpenApiDocument document, CancellationToken ct)
    {
        if (document.Components?.Schemas is not { } schemas)
            return;
        bool removed;
        do
        {
            var json = await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, ct);
            var unused = schemas.Keys.Where(name => !json.Contains($"\"#/components/schemas/{name}\"", StringComparison.Ordinal)).ToList();
            foreach (var name in unused)
                schemas.Remove(name);
            removed = unused.Count > 0;
        } while (removed);
    }
}
