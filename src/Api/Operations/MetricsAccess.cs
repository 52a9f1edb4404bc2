using System.Security.Cryptography;
using System.Text;
using AdaptiveLearning.Api.Errors;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Api.Operations;

/// <summary>
/// Operator counters are for admins, or for a scraper presenting <c>Metrics:ScraperToken</c> as its bearer token
/// (compared in constant time; unset means no scraper access).
/// </summary>
internal sealed class MetricsAccess(IConfiguration configuration) : IEndpointFilter
{
    private readonly byte[]? _scraperToken = configuration["Metrics:ScraperToken"] is { Length: >= 16 } token
        ? Encoding.UTF8.GetBytes(token)
        : null;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.User.IsInRole(Roles.Admin) || PresentsScraperToken(http.Request))
            return await next(context);
        await ProblemWriter.WriteAsync(http, http.User.Identity?.IsAuthenticated == true ? Problems.Forbidden : Problems.Unauthenticated);
        return Results.Empty;
    }

    private bool PresentsScraperToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (_scraperToken is null || !header.StartsWith("Bearer ", StringComparison.Ordinal))
            return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()), _scraperToken);
    }
}
