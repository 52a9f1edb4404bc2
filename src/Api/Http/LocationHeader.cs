namespace AdaptiveLearning.Api.Http;

/// <summary>Where a created resource or an accepted job can be read: one absolute path under the API's prefix.</summary>
internal static class LocationHeader
{
    public static void Set(HttpContext http, string route) =>
        http.Response.Headers.Location = "/" + DependencyInjection.RoutePrefix + route;
}
