using System.Threading.RateLimiting;
using AdaptiveLearning.Api.Errors;
using AdaptiveLearning.Api.Features.Auth;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Api.Operations;

internal static class RateLimits
{
    public static void AddRateLimits(this WebApplicationBuilder builder)
    {
        var perMinute = builder.Configuration.GetValue("RateLimits:AuthPerMinute", 20);
        builder.Services.AddRateLimiter(o =>
        {
            o.AddPolicy(AuthRateLimit.Policy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) }));
            o.OnRejected = async (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString();
                await ProblemWriter.WriteAsync(context.HttpContext, Problems.RateLimited);
            };
        });
    }
}
