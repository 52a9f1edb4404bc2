using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Domain.Common;
using FastEndpoints;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace AdaptiveLearning.Api.OpenApi;

/// <summary>
/// Declares the API-key scheme and offers it, with the scopes that open the route, as an alternative to the bearer on
/// exactly the operations an API key may call (ADR 0014), so integrators read the scope set from the document.
/// </summary>
internal sealed class ApiKeySecurityTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string SchemeName = "ApiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthenticationHandler.HeaderName,
            Description = "A service account's key (al_live_…), issued once by an admin; also accepted as 'Authorization: ApiKey <key>'. " +
                          "Its scopes decide the operations it may call: content_read, content_write, imports, webhooks.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var definition = context.Description.ActionDescriptor.EndpointMetadata.OfType<EndpointDefinition>().FirstOrDefault();
        var scopes = definition is null ? [] : ApiKeyScopeMap.ScopesFor(definition.EndpointType);
        if (scopes.Count == 0)
            return Task.CompletedTask;
        operation.Security ??= [];
        // One requirement per scope: requirements are alternatives, while the names inside one are all required.
        foreach (var scope in scopes)
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [WireNames.Of(scope)],
            });
        return Task.CompletedTask;
    }
}
