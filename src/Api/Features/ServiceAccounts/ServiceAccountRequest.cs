namespace AdaptiveLearning.Api.Features.ServiceAccounts;

/// <summary>Addresses one service account.</summary>
public sealed class ServiceAccountRequest
{
    public const string Collection = "/admin/service-accounts";
    public const string Route = Collection + "/{id}";

    public static string For(Guid id) => Route.Replace("{id}", id.ToString());

    public Guid Id { get; init; }
}
