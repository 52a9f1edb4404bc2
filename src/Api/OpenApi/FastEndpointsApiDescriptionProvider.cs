using FastEndpoints;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using BindingSource = Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource;

namespace AdaptiveLearning.Api.OpenApi;

/// <summary>
/// ASP.NET Core's API explorer sees a FastEndpoints endpoint as a parameterless delegate. This
/// describes what a client actually sends, from the endpoint's <see cref="EndpointDefinition"/>:
/// a path parameter per <c>{x}</c> in the route, the request DTO as the JSON body of
/// POST/PUT/PATCH, and its properties as query parameters of GET/DELETE/HEAD (which get no body).
/// The OpenAPI generator then builds every schema and component reference itself.
/// </summary>
internal sealed class FastEndpointsApiDescriptionProvider : IApiDescriptionProvider
{
    private static readonly HashSet<string> BodylessVerbs = ["GET", "DELETE", "HEAD"];

    // After EndpointMetadataApiDescriptionProvider (-1100), which creates the descriptions.
    public int Order => 100;

    public void OnProvidersExecuting(ApiDescriptionProviderContext context)
    {
        foreach (var description in context.Results)
        {
            if (description.ActionDescriptor.EndpointMetadata.OfType<EndpointDefinition>().FirstOrDefault() is { } definition)
                Describe(description, definition);
        }
    }

    public void OnProvidersExecuted(ApiDescriptionProviderContext context)
    {
    }

    private static void Describe(ApiDescription description, EndpointDefinition definition)
    {
        var routeNames = RouteTemplate.ParameterNames(description.RelativePath ?? "");
        var properties = RequestProperties.Of(definition.ReqDtoType);
        var bodyless = BodylessVerbs.Contains(description.HttpMethod?.ToUpperInvariant() ?? "GET");
        var parameters = description.ParameterDescriptions;

        foreach (var name in routeNames)
        {
            var property = properties.FirstOrDefault(p => p.WireName.Equals(name, StringComparison.OrdinalIgnoreCase));
            Add(parameters, name, property?.Property.PropertyType ?? typeof(string), BindingSource.Path, required: true);
        }

        var nonRoute = properties.Where(p => !routeNames.Contains(p.WireName, StringComparer.OrdinalIgnoreCase)).ToList();
        foreach (var header in nonRoute.Where(p => p.Source == RequestBinding.Header))
            Add(parameters, header.WireName, header.Property.PropertyType, BindingSource.Header, header.IsRequired);
        foreach (var query in nonRoute.Where(p => p.Source == RequestBinding.Query || (bodyless && p.Source == RequestBinding.BodyOrQuery)))
            Add(parameters, query.WireName, query.Property.PropertyType, BindingSource.Query, query.IsRequired);

        var hasBody = !bodyless && nonRoute.Any(p => p.Source == RequestBinding.BodyOrQuery);
        if (!hasBody)
        {
            foreach (var body in parameters.Where(p => p.Source == BindingSource.Body).ToList())
                parameters.Remove(body);
            description.SupportedRequestFormats.Clear();
            return;
        }
        if (parameters.Any(p => p.Source == BindingSource.Body))
            return;
        parameters.Add(new ApiParameterDescription
        {
            Name = "body",
            Type = definition.ReqDtoType,
            Source = BindingSource.Body,
            IsRequired = true,
        });
        if (description.SupportedRequestFormats.Count == 0)
            description.SupportedRequestFormats.Add(new ApiRequestFormat { MediaType = "application/json" });
    }

    private static void Add(IList<ApiParameterDescription> parameters, string name, Type type, BindingSource source, bool required)
    {
        if (parameters.Any(p => p.Source == source && p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
            return;
        parameters.Add(new ApiParameterDescription
        {
            Name = name,
            Type = type,
            Source = source,
            IsRequired = required,
        });
    }
}
