using AdaptiveLearning.Api.Errors;
using AdaptiveLearning.Application.Common;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace AdaptiveLearning.Api.Operations;

/// <summary>
/// Caps request bodies (default from <c>Api:MaxRequestBodyBytes</c>, or an endpoint's own
/// <see cref="IRequestSizeLimitMetadata"/>). A declared length over the cap is refused before
/// reading; streamed bodies are cut off by the server's own limit.
/// </summary>
internal sealed class RequestSizeLimit(RequestDelegate next, IConfiguration configuration)
{
    private readonly long _default = configuration.GetValue<long?>("Api:MaxRequestBodyBytes") ?? 1_048_576;

    public Task InvokeAsync(HttpContext http)
    {
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? _default;
        if (http.Request.ContentLength > limit)
            return ProblemWriter.WriteAsync(http, Problems.PayloadTooLarge, $"The body may be at most {limit} bytes.");

        var feature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
            feature.MaxRequestBodySize = limit;
        return next(http);
    }
}
