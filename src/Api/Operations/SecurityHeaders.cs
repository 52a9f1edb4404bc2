namespace AdaptiveLearning.Api.Operations;

/// <summary>
/// Browser-facing hardening on every response: no sniffing, no framing, no referrer, no server banner;
/// personal data is never stored by caches. The docs page gets a CSP its UI can run under.
/// </summary>
internal static class SecurityHeaders
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>Scalar's page runs its own bundle plus an inline initializer and styles, and loads its fonts over https.</summary>
    public const string DocsPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
                                     "img-src 'self' data: blob:; font-src 'self' data: https:; connect-src 'self'; worker-src 'self' blob:; " +
                                     "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>Routes (under the API prefix) whose answers are about the caller; content reads keep their ETag caching.</summary>
    private static readonly PathString[] PersonalPrefixes =
        ["/auth", "/users", "/sessions", "/cards", "/progress", "/answers", "/imports", "/admin", "/webhooks", "/events"];

    private static readonly PathString ApiPrefix = "/" + DependencyInjection.RoutePrefix;
    private static readonly PathString DocsPrefix = "/docs";

    public static void AddSecurityHeaders(this WebApplicationBuilder builder) =>
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        // The static callback with state allocates no closure per request.
        http.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments(DocsPrefix) ? DocsPolicy : ApiPolicy;
            headers.Remove("Server");
            if (IsPersonal(http.Request.Path))
                headers.CacheControl = "no-store";
            return Task.CompletedTask;
        }, http);
        return next(http);
    });

    private static bool IsPersonal(PathString path)
    {
        if (!path.StartsWithSegments(ApiPrefix, out var rest))
            return false;
        foreach (var prefix in PersonalPrefixes)
            if (rest.StartsWithSegments(prefix))
                return true;
        return false;
    }
}
