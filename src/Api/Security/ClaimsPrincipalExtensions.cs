using System.Security.Claims;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Api.Security;

internal static class ClaimsPrincipalExtensions
{
    public static Guid UserId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimNames.Subject), out var id)
            ? id
            : throw new ProblemException(Problems.Unauthenticated);

    public static Guid? SessionId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(ClaimNames.Session), out var id) ? id : null;
}
