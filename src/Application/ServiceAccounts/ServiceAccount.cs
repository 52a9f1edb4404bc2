namespace AdaptiveLearning.Application.ServiceAccounts;

/// <summary>A machine identity for a server-to-server integrator; it signs in only with its API keys.</summary>
/// <param name="Scopes">The most any of its keys may do.</param>
/// <param name="Active">False: every key of the account is refused at once, until it is reactivated.</param>
public sealed record ServiceAccount(
    Guid Id,
    string Name,
    string? Description,
    IReadOnlyList<ApiScope> Scopes,
    bool Active,
    DateTimeOffset CreatedAt,
    Guid? CreatedBy);
