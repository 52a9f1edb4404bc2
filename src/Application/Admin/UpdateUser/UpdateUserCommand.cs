using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Admin.UpdateUser;

/// <param name="ActorId">The admin making the change.</param>
/// <param name="Role">The new role; null keeps it.</param>
/// <param name="Active">False deactivates (the account's tokens stop working at once), true reactivates; null keeps it.</param>
/// <param name="Client">The admin's address, for the audit log.</param>
public sealed record UpdateUserCommand(Guid ActorId, Guid UserId, Role? Role, bool? Active, string? Client);
