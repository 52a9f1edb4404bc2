using System.Security.Claims;
using System.Threading.RateLimiting;
using AdaptiveLearning.Api.Errors;
using AdaptiveLearning.Api.Features.Auth;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Api.Operations;

internal static class RateLimits
{
    public static void AddRateLimits(this WebApplicationBuilder builder)
    {
        var perMinute = builder.Configuration.GetValue("RateLimits:AuthPerMinute", 20);
        var perUserPerMinute = builder.Configuration.GetValue("RateLimits:PerUserPerMinute", 100);
        builder.Services.AddRateLimiter(o =>
        {
            // Every authenticated request counts against its user, whatever the route; anonymous ones have the per-IP auth policy.
            // One options object and one factory for every partition: choosing a partition allocates nothing of its own.
            var perUser = new FixedWindowRateLimiterOptions { PermitLimit = perUserPerMinute, Window = TimeSpan.FromMinutes(1) };
            Func<string, FixedWindowRateLimiterOptions> perUserOptions = _ => perUser;
            // An API key has its own budget (ADR 0014); a refused key counts against its client's address like a failed login.
            var refusedKeys = new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) };
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                http.User.FindFirstValue(ApiKeyClaims.KeyId) is { } key ? RateLimitPartition.GetFixedWindowLimiter("key:" + key, perUserOptions)
                : http.User.FindFirstValue(ClaimNames.Subject) is { } user ? RateLimitPartition.GetFixedWindowLimiter(user, perUserOptions)
                : ApiKeyAuthenticationHandler.Presented(http.Request) is not null
                    ? RateLimitPartition.GetFixedWindowLimiter("refused-key:" + http.Connection.RemoteIpAddress, _ => refusedKeys)
                    : RateLimitPartition.GetNoLimiter(""));
            o.AddPolicy(AuthRateLimit.Policy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) }));
            o.OnRejected = async (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
                await ProblemWriter.WriteAsync(context.HttpContext, Problems.RateLimited);
            };
        });
    }
}
