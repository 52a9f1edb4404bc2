namespace AdaptiveLearning.Application.Users.RevokeSession;

public sealed record RevokeSessionCommand(Guid UserId, Guid SessionId, string Client);
