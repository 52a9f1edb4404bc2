namespace AdaptiveLearning.Api.Features.Admin;

/// <summary>Addresses one account.</summary>
public sealed class AdminUserRequest
{
    public const string Route = "/admin/users/{id}";

    public static string For(Guid id) => Route.Replace("{id}", id.ToString());

    public Guid Id { get; init; }
}
