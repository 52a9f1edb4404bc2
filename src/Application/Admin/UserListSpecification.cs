using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Admin;

/// <summary>Which accounts to list: a search text, role and activity filters, and a keyset page in registration order.</summary>
/// <param name="Search">Matched anywhere in the email, username or display name.</param>
public sealed record UserListSpecification(
    string? Search = null,
    Role? Role = null,
    bool? Active = null,
    KeysetCursor? After = null,
    int Limit = UserListSpecification.DefaultLimit)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}
