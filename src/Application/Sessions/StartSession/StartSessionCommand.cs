using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Sessions.StartSession;

/// <param name="GoalId">A learn or practice session may study for a goal: the goal's scope, its plan's new-card quota, its target date.</param>
public sealed record StartSessionCommand(Guid UserId, SessionMode Mode, IReadOnlyList<string> Scope, SessionLimits Limits, Guid? GoalId = null);
