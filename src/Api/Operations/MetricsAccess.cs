using System.Security.Cryptography;
using System.Text;
using AdaptiveLearning.Api.Errors;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Api.Operations;

/// <summary>
/// Operator figures are for admins, or for a scraper presenting <c>Metrics:ScraperToken</c> as its bearer token
/// (compared in constant time; unset means no scraper access). Guards route handlers as an endpoint filter and the
/// Prometheus exporter's branch as middleware.
/// </summary>
internal sealed class MetricsAccess(IConfiguration configuration) : IEndpointFilter
{
    private readonly byte[]? _scraperToken = configuration["Metrics:ScraperToken"] is { Length: >= 16 } token
        ? Encoding.UTF8.GetBytes(token)
        : null;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (await AdmitsAsync(context.HttpContext))
            return await next(context);
        return Results.Empty;
    }

    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        if (await AdmitsAsync(http))
            await next(http);
    }

    /// <summary>True when the caller may see the figures; otherwise the 401 or 403 problem has been written.</summary>
    private async Task<bool> AdmitsAsync(HttpContext http)
    {
        if (http.User.IsInRole(Roles.Admin) || PresentsScraperToken(http.Request))
            return true;
        await ProblemWriter.WriteAsync(http, http.User.Identity?.IsAuthenticated == true ? Problems.Forbidden : Problems.Unauthenticated);
        return false;
    }

    private bool PresentsScraperToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (_scraperToken is null || !header.StartsWith("Bearer ", StringComparison.Ordinal))
            return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()), _scraperToken);
    }
}
