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
/// POST/PUT/PATCH (or its <c>[FromBody]</c> property; a form with <c>AllowFormData()</c>), and its
/// properties as query parameters of GET/DELETE/HEAD (which get no body).
/// The OpenAPI generator then builds every schema and component reference itself.
/// </summary>
internal sealed class FastEndpointsApiDescriptionProvider : IApiDescriptionProvider
{
    private static readonly HashSet<string> BodylessVerbs = ["GET", "DELETE", "HEAD"];
    private static readonly EmptyModelMetadataProvider Metadata = new();

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

        if (bodyless)
        {
            foreach (var body in parameters.Where(p => p.Source == BindingSource.Body).ToList())
                parameters.Remove(body);
            description.SupportedRequestFormats.Clear();
            return;
        }
        // Endpoints without body properties keep whatever Accepts(...) they declare themselves.
        if (!nonRoute.Any(p => p.Source == RequestBinding.BodyOrQuery) || parameters.Any(p => p.Source == BindingSource.Body || p.Source == BindingSource.Form))
            return;

        var fromBody = nonRoute.FirstOrDefault(p => p.Property.IsDefined(typeof(FromBodyAttribute), inherit: true));
        var form = definition.FormDataContentType;
        parameters.Add(new ApiParameterDescription
        {
            Name = fromBody?.WireName ?? "body",
            Type = fromBody?.Property.PropertyType ?? definition.ReqDtoType,
            Source = form is null ? BindingSource.Body : BindingSource.Form,
            IsRequired = true,
        });
        if (description.SupportedRequestFormats.Count == 0)
            description.SupportedRequestFormats.Add(new ApiRequestFormat { MediaType = form ?? "application/json" });
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
            // The OpenAPI generator reads ModelMetadata for string parameters and fails without it.
            ModelMetadata = Metadata.GetMetadataForType(type),
        });
    }
}
