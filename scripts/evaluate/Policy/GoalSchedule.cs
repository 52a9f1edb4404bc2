using AdaptiveLearning.Domain.Goals;

namespace AdaptiveLearning.Evaluate.Policy;

/// <summary>
/// A goal-aware policy's view of the simulated goal: the retention date is the target, the simulation's study days are
/// the goal's study days, and each day's new-card quota is what the goal's plan gives (<see cref="StudyPlanner.NewCardsPerDay"/>).
/// </summary>
/// <param name="Policy">The target-date policy ordering what the schedule allows; null keeps the schedule's order (quota only).</param>
internal sealed record GoalSchedule(DateTimeOffset LastStudyDay, DateTimeOffset Target, TargetRecallPolicy? Policy);
