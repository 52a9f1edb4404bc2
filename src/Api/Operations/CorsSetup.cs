namespace AdaptiveLearning.Api.Operations;

internal static class CorsSetup
{
    /// <summary>Third-party frontends are allowed by origin from <c>Cors:AllowedOrigins</c>; "*" allows any.</summary>
    public static void AddCorsFromConfiguration(this WebApplicationBuilder builder)
    {
        var origins = builder.Configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        builder.Services.AddCors(o => o.AddDefaultPolicy(policy =>
        {
            if (origins.Contains("*"))
                policy.AllowAnyOrigin();
            else
                policy.WithOrigins(origins);
            policy.AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("ETag", "Retry-After", "Location");
        }));
    }
}
