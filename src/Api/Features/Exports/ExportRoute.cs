using System.Security.Claims;
using AdaptiveLearning.Api.Security;
using AdaptiveLearning.Application.Common;
using FastEndpoints;

namespace AdaptiveLearning.Api.Features.Exports;

/// <summary>What the id-bearing export routes share: the id from the route and who may see the job.</summary>
internal static class ExportRoute
{
    public static Guid Id(IEndpoint endpoint) =>
        Guid.TryParse(endpoint.HttpContext.GetRouteValue("id")?.ToString(), out var id)
            ? id
            : throw new ProblemException(Problems.NotFound, "No export has this id.");

    /// <summary>Admins see every export; anyone else only their own.</summary>
    public static Guid? VisibleTo(ClaimsPrincipal user) => user.IsInRole(Security.Roles.Admin) ? null : user.UserId();
}
