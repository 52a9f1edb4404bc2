using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using System.Text.Json;
using FastEndpoints;

namespace AdaptiveLearning.Api.OpenApi;

/// <summary>A request DTO property as a client sends it, following FastEndpoints' binding attributes.</summary>
internal sealed record RequestProperty(PropertyInfo Property, string WireName, RequestBinding Source, bool IsRequired)
{
    public static RequestProperty? From(PropertyInfo property)
    {
        // Filled from the caller's token or by the server, never sent by the client.
        if (property.IsDefined(typeof(FromClaimAttribute)) || property.IsDefined(typeof(HasPermissionAttribute))
            || property.IsDefined(typeof(JsonIgnoreAttribute)) || property.SetMethod is null)
            return null;

        var header = property.GetCustomAttribute<FromHeaderAttribute>();
        var name = header?.HeaderName
                   ?? property.GetCustomAttribute<BindFromAttribute>()?.Name
                   ?? property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
                   ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
        var source = header is not null ? RequestBinding.Header
            : property.IsDefined(typeof(QueryParamAttribute)) ? RequestBinding.Query
            : RequestBinding.BodyOrQuery;
        var required = property.IsDefined(typeof(RequiredMemberAttribute)) || property.IsDefined(typeof(RequiredAttribute))
                       || (header is not null && header.IsRequired);
        return new RequestProperty(property, name, source, required);
    }
}
