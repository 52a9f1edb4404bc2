using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Sessions.StartSession;

public sealed record StartSessionCommand(Guid UserId, SessionMode Mode, IReadOnlyList<string> Scope, SessionLimits Limits);
