using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Admin;

/// <summary>An account as an admin sees it: who it is, its role, whether it may sign in and whether its email is proven.</summary>
public sealed record ManagedUser(
    Guid Id,
    string Email,
    string Username,
    string? DisplayName,
    Role Role,
    bool Active,
    DateTimeOffset CreatedAt,
    bool EmailVerified = false)
{
    public bool IsActiveAdmin => Active && Role == Role.Admin;
}
