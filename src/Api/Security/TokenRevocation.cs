using System.Globalization;
using AdaptiveLearning.Api.Errors;
using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace AdaptiveLearning.Api.Security;

/// <summary>
/// Refuses a validly signed token whose account was deactivated, erased or had its security stamp moved on (a role
/// change, a deactivation) since the token was issued, on every request (ADR 0011). The challenge then says why.
/// </summary>
internal static class TokenRevocation
{
    private static readonly object Revoked = new();
    private static readonly object Outage = new();

    public static async Task CheckAsync(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        // Tokens issued before stamps existed carry none: they stand for stamp 0, which the first change moves on.
        var stamp = int.TryParse(principal.FindFirst(ClaimNames.SecurityStamp)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
        if (!Guid.TryParse(principal.FindFirst(ClaimNames.Subject)?.Value, out var userId))
        {
            Fail(context, Revoked);
            return;
        }
        try
        {
            var standing = context.HttpContext.RequestServices.GetRequiredService<IAccountStanding>();
            if (!await standing.IsCurrentAsync(userId, stamp, context.HttpContext.RequestAborted))
                Fail(context, Revoked);
        }
        // The authentication handler would turn any exception into a bare 401; an outage must stay "retry later".
        catch (Exception e) when (DependencyOutage.Is(e))
        {
            // Logged like every other outage answer (ProblemExceptionHandler): a 503 with no trace cannot be explained.
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TokenRevocation))
                .LogWarning(e, "Dependency unavailable while checking the token on {Method} {Path}", context.Request.Method, context.Request.Path);
            Fail(context, Outage);
        }
    }

    public static async Task ChallengeAsync(JwtBearerChallengeContext context)
    {
        var items = context.HttpContext.Items;
        if (items.ContainsKey(Outage))
        {
            context.HandleResponse();
            context.Response.Headers.RetryAfter = DependencyOutage.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            await ProblemWriter.WriteAsync(context.HttpContext, Problems.Unavailable, DependencyOutage.Detail);
        }
        else if (items.ContainsKey(Revoked))
        {
            context.HandleResponse();
            await ProblemWriter.WriteAsync(context.HttpContext, Problems.TokenRevoked);
        }
    }

    private static void Fail(TokenValidatedContext context, object reason)
    {
        context.HttpContext.Items[reason] = true;
        context.Fail("The token no longer speaks for its account.");
    }
}
