using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace AdaptiveLearning.Api.Http;

/// <summary>
/// A JSON body with a strong ETag, or 304 when the client's If-None-Match already has it,
/// so frontends can revalidate hierarchy and question reads cheaply.
/// </summary>
internal static class ETagResponse
{
    public static IResult For<T>(HttpContext http, T body)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, options);
        var etag = $"\"{Convert.ToHexString(SHA256.HashData(bytes))[..32].ToLowerInvariant()}\"";

        http.Response.Headers.ETag = etag;
        http.Response.Headers.CacheControl = "private, no-cache";
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && (v == etag || v.Split(',').Select(s => s.Trim()).Contains(etag))))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return Results.Bytes(bytes, "application/json; charset=utf-8");
    }
}
