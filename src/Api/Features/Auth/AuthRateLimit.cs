namespace AdaptiveLearning.Api.Features.Auth;

internal static class AuthRateLimit
{
    /// <summary>Rate limiter policy shared by the anonymous auth endpoints (per client IP).</summary>
    public const string Policy = "auth";
}
