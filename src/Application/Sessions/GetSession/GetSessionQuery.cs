namespace AdaptiveLearning.Application.Sessions.GetSession;

public sealed record GetSessionQuery(Guid UserId, Guid SessionId);
