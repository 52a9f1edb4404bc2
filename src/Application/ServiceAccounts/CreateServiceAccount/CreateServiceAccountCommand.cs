namespace AdaptiveLearning.Application.ServiceAccounts.CreateServiceAccount;

/// <param name="ActorId">The admin creating it.</param>
/// <param name="Client">The admin's address, for the audit log.</param>
public sealed record CreateServiceAccountCommand(Guid ActorId, string Name, string? Description, IReadOnlyList<ApiScope> Scopes, string? Client);
