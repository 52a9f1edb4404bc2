using AdaptiveLearning.Application.ServiceAccounts;

namespace AdaptiveLearning.Infrastructure.ServiceAccounts;

internal sealed class ServiceAccountRow
{
    public const string Columns = "a.id, a.name, a.description, a.scopes, a.is_active, a.created_at, a.created_by";

    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public string Scopes { get; init; } = "";
    public bool IsActive { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public Guid? CreatedBy { get; init; }

    public ServiceAccount ToAccount() => new(Id, Name, Description, ApiScopes.Parse(Scopes), IsActive, CreatedAt, CreatedBy);

    public static object ToParameters(ServiceAccount a) => new
    {
        Id = a.Id.ToString(), a.Name, a.Description, Scopes = ApiScopes.Format(a.Scopes), IsActive = a.Active, a.CreatedAt,
        CreatedBy = a.CreatedBy?.ToString(),
    };
}
