using AdaptiveLearning.Api.Features.Auth.External.CompleteExternalSignIn;
using AdaptiveLearning.Application.Auth.External;

namespace AdaptiveLearning.Api.Features.Auth.External;

/// <summary>The URL a provider sends the user back to; it must be registered with the provider exactly.</summary>
internal static class CallbackUrl
{
    public static string For(HttpContext http, ExternalSignInOptions options, string provider)
    {
        var origin = options.CallbackBaseUrl?.TrimEnd('/') ?? $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        return origin + "/" + DependencyInjection.RoutePrefix
               + CompleteExternalSignInRequest.Route.Replace("{provider}", Uri.EscapeDataString(provider));
    }
}
