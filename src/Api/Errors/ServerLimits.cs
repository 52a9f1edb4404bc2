using AdaptiveLearning.Application.Common;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace AdaptiveLearning.Api.Errors;

/// <summary>
/// Errors the server stack would otherwise answer with an empty body. Kestrel's own limits sit above the
/// API's, so requests between the two reach this middleware and get problem+json; only what Kestrel cannot
/// parse at all (a NUL in the path, a request line over <see cref="KestrelRequestLineBytes"/>) stays bodiless.
/// </summary>
internal static class ServerLimits
{
    public const int MaxUrlLength = 8 * 1024;
    public const int KestrelRequestLineBytes = 64 * 1024;

    public static readonly Problem UriTooLong = new("uri_too_long", $"The URL may be at most {MaxUrlLength} characters.", ProblemKind.InvalidRequest);

    public static void AddServerLimits(this WebApplicationBuilder builder) =>
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestLineSize = KestrelRequestLineBytes);

    /// <summary>Outermost: refuses over-long URLs, and gives any error status that comes back without a body a problem body.</summary>
    public static IApplicationBuilder UseServerLimits(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if ((http.Request.Path.Value?.Length ?? 0) + (http.Request.QueryString.Value?.Length ?? 0) > MaxUrlLength)
        {
            await ProblemWriter.WriteAsync(http, UriTooLong, status: StatusCodes.Status414UriTooLong);
            return;
        }
        await next(http);
        var response = http.Response;
        // A declared empty body (Content-Length: 0) is still no body; status code pages leave those alone.
        if (!response.HasStarted && response.StatusCode >= 400 && (response.ContentLength ?? 0) == 0 && string.IsNullOrEmpty(response.ContentType))
        {
            response.ContentLength = null;
            await StatusCodeProblems.WriteAsync(http);
        }
    });

    /// <summary>
    /// FastEndpoints answers a body-less request to an endpoint declaring the types it accepts with a started, empty 415
    /// that nothing later can fill in; this answers it first, under the same condition. Goes after authorization, as FastEndpoints' check does.
    /// </summary>
    public static IApplicationBuilder UseDeclaredContentTypes(this IApplicationBuilder app) => app.Use((http, next) =>
        !http.Request.Headers.ContainsKey(HeaderNames.ContentType)
        && http.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts && !accepts.ContentTypes.Contains("*/*")
            ? ProblemWriter.WriteAsync(http, Problems.UnsupportedMediaType, $"Send a body of type {string.Join(" or ", accepts.ContentTypes)}.")
            : next(http));
}
