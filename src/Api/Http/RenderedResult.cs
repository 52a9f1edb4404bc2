using Microsoft.Extensions.Primitives;

namespace AdaptiveLearning.Api.Http;

/// <summary>
/// Sends a <see cref="RenderedResponse"/> as it is. A conditional one carries its ETag and answers 304 when the
/// client's If-None-Match already names it, so frontends can revalidate hierarchy and question reads cheaply.
/// </summary>
internal sealed class RenderedResult(RenderedResponse rendered, bool conditional) : IResult
{
    public static RenderedResult Conditional(RenderedResponse rendered) => new(rendered, conditional: true);

    public static RenderedResult Plain(RenderedResponse rendered) => new(rendered, conditional: false);

    public Task ExecuteAsync(HttpContext http)
    {
        var response = http.Response;
        if (rendered.Compressible)
            response.Headers.Vary = "Accept-Encoding";
        if (conditional)
        {
            response.Headers.ETag = rendered.ETag;
            response.Headers.CacheControl = "private, no-cache";
            if (ClientHas(http.Request.Headers.IfNoneMatch, rendered.ETag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = RenderedResponse.ContentType;
        var body = rendered.Body;
        if (rendered.Compressible)
        {
            // Compressed once per entry, not per request: the 92 KB hierarchy goes out as a few KB to clients that accept it.
            var coding = ContentCodings.Choose(http.Request.Headers.AcceptEncoding);
            body = rendered.Encoded(coding);
            if (ContentCodings.HeaderValue(coding) is { } encoding)
                response.Headers.ContentEncoding = encoding;
        }
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, http.RequestAborted).AsTask();
    }

    private static bool ClientHas(StringValues ifNoneMatch, string etag)
    {
        foreach (var value in ifNoneMatch)
        {
            if (value is null)
                continue;
            foreach (var range in value.AsSpan().Split(','))
                if (value.AsSpan()[range].Trim().SequenceEqual(etag))
                    return true;
        }
        return false;
    }
}
