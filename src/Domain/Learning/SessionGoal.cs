namespace AdaptiveLearning.Domain.Learning;

/// <summary>The goal a learn or practice session studies for, as its plan stood when the session started.</summary>
/// <param name="GoalId">The goal.</param>
/// <param name="TargetDate">The goal's target date: what the session's choices aim at.</param>
/// <param name="NewCardsPerDay">The plan's new cards per day, the session's new-card quota for the day instead of the learner's daily limit.</param>
public sealed record SessionGoal(Guid GoalId, DateOnly TargetDate, int NewCardsPerDay);
