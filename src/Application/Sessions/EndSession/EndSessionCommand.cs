namespace AdaptiveLearning.Application.Sessions.EndSession;

public sealed record EndSessionCommand(Guid UserId, Guid SessionId);
