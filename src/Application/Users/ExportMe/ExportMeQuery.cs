namespace AdaptiveLearning.Application.Users.ExportMe;

/// <param name="Client">The caller's address, for the security audit log.</param>
public sealed record ExportMeQuery(Guid UserId, string? Client = null);
