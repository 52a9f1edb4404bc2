using System.Security.Claims;
using AdaptiveLearning.Application.Questions;

namespace AdaptiveLearning.Api.Security;

internal static class PrincipalRoles
{
    /// <summary>Authors, reviewers and admins see drafts, inactive nodes and answer keys: a reviewer judges the whole question.</summary>
    public static bool IsStaff(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.Author) || user.IsInRole(Roles.Reviewer) || user.IsInRole(Roles.Admin);

    public static ContentViewer Viewer(this ClaimsPrincipal user) => user.IsStaff() ? ContentViewer.Staff : ContentViewer.Learner;
}
