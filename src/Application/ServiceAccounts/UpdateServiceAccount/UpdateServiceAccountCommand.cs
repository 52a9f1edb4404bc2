namespace AdaptiveLearning.Application.ServiceAccounts.UpdateServiceAccount;

/// <param name="Name">Null keeps it.</param>
/// <param name="Description">Null keeps it.</param>
/// <param name="Active">False deactivates (every key is refused at once), true reactivates; null keeps it.</param>
public sealed record UpdateServiceAccountCommand(Guid ActorId, Guid Id, string? Name, string? Description, bool? Active, string? Client);
