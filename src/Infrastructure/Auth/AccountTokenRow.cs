using AdaptiveLearning.Application.Auth;
using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Infrastructure.Auth;

internal sealed class AccountTokenRow
{
    public const string Columns = "id, user_id, purpose, token_hash, email, created_at, expires_at, used_at";

    public Guid Id { get; init; }
    public Guid UserId { get; init; }
    public string Purpose { get; init; } = "";
    public string TokenHash { get; init; } = "";
    public string Email { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? UsedAt { get; init; }

    public AccountToken ToToken() =>
        new(Id, UserId, WireNames.Parse<AccountTokenPurpose>(Purpose), TokenHash, Email, CreatedAt, ExpiresAt, UsedAt);
}
