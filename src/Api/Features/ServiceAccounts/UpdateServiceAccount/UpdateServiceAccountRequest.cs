namespace AdaptiveLearning.Api.Features.ServiceAccounts.UpdateServiceAccount;

/// <summary>Send any of the fields; one left out stays as it is.</summary>
public sealed class UpdateServiceAccountRequest
{
    public const string Route = ServiceAccountRequest.Route;

    public Guid Id { get; init; }
    /// <summary>A new name.</summary>
    public string? Name { get; init; }
    /// <summary>A new description.</summary>
    public string? Description { get; init; }
    /// <summary>False deactivates the account (every one of its keys is refused at once), true reactivates it.</summary>
    public bool? Active { get; init; }
}
