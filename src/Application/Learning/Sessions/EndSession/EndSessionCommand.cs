namespace AdaptiveLearning.Application.Learning.Sessions.EndSession;

public sealed record EndSessionCommand(Guid UserId, Guid SessionId);
