namespace AdaptiveLearning.Application.Learning.Sessions.GetSession;

public sealed record GetSessionQuery(Guid UserId, Guid SessionId);
