using System.Reflection;

namespace AdaptiveLearning.Api.OpenApi;

/// <summary>
/// The build runs Program.cs inside Microsoft.Extensions.ApiDescription.Server's tool to write
/// sdk/openapi/openapi.json, and that tool starts the host. FastEndpoints constructs every endpoint
/// while mapping routes, so the settings startup insists on must exist, and our hosted services
/// (migrations, the first admin, background work) must not run: there is no server to talk to.
/// </summary>
internal static class BuildTimeGeneration
{
    public static bool IsRunning { get; } = Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";

    public static void AddPlaceholderSettings(WebApplicationBuilder builder) =>
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Learning"] = "Server=127.0.0.1;Database=openapi_build_never_connects",
            ["ConnectionStrings:Redis"] = "127.0.0.1:1,abortConnect=false",
            ["Jwt:SigningKey"] = "openapi-build-time-placeholder-never-signs-a-token",
            // Endpoints are constructed to read their Configure(); this key never encrypts anything.
            ["Auth:Mfa:EncryptionKey"] = "openapi-build-time-placeholder-never-encrypts",
        });

    public static void RemoveOwnHostedServices(WebApplicationBuilder builder)
    {
        var ours = builder.Services
            .Where(d => d.ServiceType == typeof(IHostedService)
                        && d.ImplementationType?.Assembly.GetName().Name?.StartsWith("AdaptiveLearning", StringComparison.Ordinal) == true)
            .ToList();
        foreach (var descriptor in ours)
            builder.Services.Remove(descriptor);
    }
}
