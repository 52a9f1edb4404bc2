using AdaptiveLearning.Domain.Users;

namespace AdaptiveLearning.Application.Admin.ListUsers;

/// <param name="Cursor">The nextCursor of the previous page.</param>
public sealed record ListUsersQuery(string? Search = null, Role? Role = null, bool? Active = null, string? Cursor = null, int? Limit = null);
