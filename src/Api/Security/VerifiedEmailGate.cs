using AdaptiveLearning.Api.Errors;
using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Api.Security;

/// <summary>
/// With <c>Accounts:RequireVerifiedEmail</c>, a learner whose token says the email is unverified may use only their own
/// account (<c>/users/me…</c>) and <c>/auth/…</c>: enough to verify, resend the mail, fix the address or sign out (ADR 0013).
/// Staff need a verified address to get their role at all. After verifying, a refresh gives a token that passes.
/// </summary>
internal sealed class VerifiedEmailGate(RequestDelegate next, AccountOptions options)
{
    private static readonly string[] OpenPrefixes =
        [$"/{DependencyInjection.RoutePrefix}/users/me", $"/{DependencyInjection.RoutePrefix}/auth/"];

    public Task InvokeAsync(HttpContext http)
    {
        if (options.RequireVerifiedEmail
            && http.User.FindFirst(ClaimNames.EmailVerified)?.Value == "false"
            && http.User.FindFirst(ClaimNames.Role)?.Value == WireNames.Of(Role.Learner)
            && !OpenPrefixes.Any(p => http.Request.Path.StartsWithSegments(p.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)))
            return ProblemWriter.WriteAsync(http, Problems.EmailUnverified, "Verify your email address first (see POST /users/me/email/verification).");
        return next(http);
    }
}
