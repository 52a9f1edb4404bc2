namespace AdaptiveLearning.Application.Users.RemoveExternalLogin;

/// <param name="Client">The caller's address, for the audit log.</param>
public sealed record RemoveExternalLoginCommand(Guid UserId, Guid ExternalLoginId, string Client);
