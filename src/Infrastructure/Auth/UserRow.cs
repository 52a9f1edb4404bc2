using System.Text.Json;
using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Infrastructure.Auth;

internal sealed class UserRow
{
    public Guid Id { get; init; }
    public string Email { get; init; } = "";
    public string Username { get; init; } = "";
    public string PasswordHash { get; init; } = "";
    public int Role { get; init; }
    public string? DisplayName { get; init; }
    public string TimeZone { get; init; } = "UTC";
    public string Language { get; init; } = "en";
    public string Settings { get; init; } = "{}";
    public bool IsActive { get; init; } = true;
    public int SecurityStamp { get; init; }
    public int FailedLoginCount { get; init; }
    public DateTimeOffset? LockedUntil { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? EmailVerifiedAt { get; init; }
    /// <summary>JSON array of the learner's own FSRS-6 weights (user_fsrs_parameters), when optimised.</summary>
    public string? FsrsParameters { get; init; }
    public bool MfaEnabled { get; init; }

    public const string Columns = """
        id, email, username, password_hash, role, display_name, time_zone, language, settings,
        failed_login_count, locked_until, created_at, is_active, security_stamp, email_verified_at
        """;

    /// <summary>Selected with <see cref="Columns"/> when reading; never written through the users table.</summary>
    public const string MfaEnabledColumn =
        "EXISTS(SELECT 1 FROM user_totp t WHERE t.user_id = users.id AND t.confirmed_at IS NOT NULL) AS mfa_enabled";

    /// <summary>One account by <c>@Id</c>, with what a learner's requests need: second factor and own FSRS weights.</summary>
    public const string SelectById =
        $"SELECT {Columns}, {MfaEnabledColumn}, p.parameters AS fsrs_parameters FROM users "
        + "LEFT JOIN user_fsrs_parameters p ON p.user_id = users.id WHERE id = @Id";

    public User ToUser()
    {
        var user = new User
        {
            Id = Id,
            Email = Email,
            Username = Username,
            PasswordHash = PasswordHash,
            Role = (Role)Role,
            DisplayName = DisplayName,
            TimeZone = TimeZone,
            Language = Language,
            Settings = JsonSerializer.Deserialize<LearningSettings>(Settings, JsonOptions) ?? LearningSettings.Default,
            CreatedAt = CreatedAt,
            IsActive = IsActive,
            SecurityStamp = SecurityStamp,
            MfaEnabled = MfaEnabled,
            EmailVerifiedAt = EmailVerifiedAt,
            FsrsParameters = FsrsParameters is null ? null
                : new Domain.Scheduling.FsrsParameters(JsonSerializer.Deserialize<double[]>(FsrsParameters)!),
        };
        user.RestoreLoginState(FailedLoginCount, LockedUntil);
        return user;
    }

    public static object ToParameters(User user) => new
    {
        user.Id,
        user.Email,
        user.Username,
        user.PasswordHash,
        Role = (int)user.Role,
        user.DisplayName,
        user.TimeZone,
        user.Language,
        Settings = JsonSerializer.Serialize(user.Settings, JsonOptions),
        user.FailedLoginCount,
        user.LockedUntil,
        user.CreatedAt,
        user.IsActive,
        user.SecurityStamp,
        user.EmailVerifiedAt,
    };

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
