using AdaptiveLearning.Api.Errors;
using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Security;

/// <summary>
/// <c>Auth:Mfa:RequiredForAdmins</c> (ADR 0012): an admin whose token was not issued with a second factor is refused the
/// routes their role opens (403 <c>mfa_enrolment_required</c>) but keeps every learner route, including enrolment,
/// so the way out is always open: enrol, confirm, then refresh or sign in again.
/// </summary>
internal static class AdminMfaRequirement
{
    private const string Detail = "Turn on two-step sign-in (POST /api/v1/users/me/mfa/totp, then /confirm), then refresh the token or sign in again.";

    /// <summary>After authorization: only requests allowed in by the admin role reach this check.</summary>
    public static IApplicationBuilder UseAdminMfaRequirement(this WebApplication app) =>
        !app.Services.GetRequiredService<MfaOptions>().RequiredForAdmins
            ? app
            : app.Use((http, next) =>
                http.GetEndpoint()?.Metadata.GetMetadata<EndpointDefinition>()?.AllowedRoles is { } roles
                && roles.Contains(Roles.Admin) && http.User.IsInRole(Roles.Admin)
                && !http.User.HasClaim(ClaimNames.Mfa, ClaimNames.MfaTotp) && http.User.FindFirst(ApiKeyClaims.KeyId) is null
                    ? ProblemWriter.WriteAsync(http, Problems.MfaEnrolmentRequired, Detail)
                    : next(http));
}
