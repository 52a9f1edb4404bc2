using System.Reflection;
using FastEndpoints;

namespace AdaptiveLearning.Api.OpenApi;

internal static class RequestProperties
{
    public static IReadOnlyList<RequestProperty> Of(Type? requestType) =>
        requestType is null || requestType == typeof(EmptyRequest)
            ? []
            : requestType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(RequestProperty.From)
                .OfType<RequestProperty>()
                .ToList();
}
