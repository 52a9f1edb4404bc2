using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AdaptiveLearning.Api.OpenApi;

internal static class OpenApiSetup
{
    /// <summary>The v1 document served at /openapi/v1.json and written to sdk/openapi/openapi.json by the build.</summary>
    public static IServiceCollection AddOpenApiDocument(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Transient<IApiDescriptionProvider, FastEndpointsApiDescriptionProvider>());
        return services.AddOpenApi(o =>
        {
            o.CreateSchemaReferenceId = SchemaNames.For;
            o.AddOperationTransformer<FastEndpointsOperationTransformer>();
            o.AddOperationTransformer<ConstraintsTransformer>();
            o.AddOperationTransformer<ProblemResponsesTransformer>();
            o.AddOperationTransformer<ResponseHeadersTransformer>();
            o.AddOperationTransformer<BearerSecurityTransformer>();
            o.AddDocumentTransformer<BearerSecurityTransformer>();
            o.AddOperationTransformer<ApiKeySecurityTransformer>();
            o.AddDocumentTransformer<ApiKeySecurityTransformer>();
            o.AddSchemaTransformer<NullableNotRequiredTransformer>();
            o.AddSchemaTransformer<ConstraintsTransformer>();
            o.AddSchemaTransformer<FieldDescriptionsTransformer>();
            o.AddSchemaTransformer<EnumNamesTransformer>();
            o.AddDocumentTransformer<EventCatalogueTransformer>();
            o.AddDocumentTransformer<RouteValuesOutOfBodyTransformer>();
            o.AddDocumentTransformer<DocumentTidyTransformer>();
        });
    }
}
