namespace AdaptiveLearning.Application.Users.ListSessions;

public sealed record ListSessionsQuery(Guid UserId, Guid? CurrentSessionId);
