using System.ComponentModel;
using AdaptiveLearning.Api.OpenApi;
using AdaptiveLearning.Application.Admin;

namespace AdaptiveLearning.Api.Features.Admin.ListUsers;

public sealed class ListUsersRequest
{
    public const string Route = "/admin/users";

    /// <summary>Text found anywhere in the email, username or display name (case-insensitive).</summary>
    public string? Q { get; init; }
    /// <summary>Only accounts with this role.</summary>
    [WireEnum(typeof(Domain.Users.Role))]
    public string? Role { get; init; }
    /// <summary>Only active (true) or only deactivated (false) accounts.</summary>
    public bool? Active { get; init; }
    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }
    /// <summary>Page size.</summary>
    [DefaultValue(UserListSpecification.DefaultLimit)]
    public int? Limit { get; init; }
}
