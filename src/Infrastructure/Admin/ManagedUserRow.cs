using AdaptiveLearning.Application.Admin;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Infrastructure.Admin;

internal sealed class ManagedUserRow
{
    public const string Columns = "u.seq, u.id, u.email, u.username, u.display_name, u.role, u.is_active, u.created_at, u.email_verified_at IS NOT NULL AS email_verified";

    public long Seq { get; init; }
    public Guid Id { get; init; }
    public string Email { get; init; } = "";
    public string Username { get; init; } = "";
    public string? DisplayName { get; init; }
    public int Role { get; init; }
    public bool IsActive { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public bool EmailVerified { get; init; }

    public ManagedUser ToManagedUser() => new(Id, Email, Username, DisplayName, (Role)Role, IsActive, CreatedAt, EmailVerified);
}
