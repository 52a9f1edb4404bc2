using AdaptiveLearning.Api.OpenApi;

namespace AdaptiveLearning.Api.Features.Admin.UpdateUser;

/// <summary>Send role, active or both; a field left out stays as it is.</summary>
public sealed class UpdateUserRequest
{
    public const string Route = AdminUserRequest.Route;

    public Guid Id { get; init; }
    /// <summary>The new role.</summary>
    [WireEnum(typeof(Domain.Users.Role))]
    public string? Role { get; init; }
    /// <summary>False deactivates the account (its tokens stop working at once), true reactivates it.</summary>
    public bool? Active { get; init; }
}
