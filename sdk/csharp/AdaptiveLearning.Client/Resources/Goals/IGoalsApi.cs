using AdaptiveLearning.Client.Models;
using Refit;

namespace AdaptiveLearning.Client.Resources.Goals;

/// <summary>My study goals and their plans: <c>/api/v1/goals</c>.</summary>
[Headers("Authorization: Bearer")]
public interface IGoalsApi
{
    /// <summary>Sets a goal: a scope to know by a date, with my study days and minutes per day.</summary>
    /// <param name="request">Name, scope, target date, desired retention, study days, minutes per day.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The goal as stored.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>; 422 <c>too_many_goals</c> or <c>nothing_to_study</c>.</exception>
    [Post("/api/v1/goals")]
    Task<GoalView> CreateGoalAsync([Body] CreateGoalRequest request, CancellationToken cancellationToken = default);

    /// <summary>My goals, nearest target date first.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Every goal I have (at most 20).</returns>
    [Get("/api/v1/goals")]
    Task<List<GoalView>> ListGoalsAsync(CancellationToken cancellationToken = default);

    /// <summary>One of my goals.</summary>
    /// <param name="id">The goal's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The goal.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c> (also for another learner's goal).</exception>
    [Get("/api/v1/goals/{id}")]
    Task<GoalView> GetGoalAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Changes one of my goals; a field left out stays as it is.</summary>
    /// <param name="id">The goal's id.</param>
    /// <param name="request">The fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The goal as stored.</returns>
    /// <exception cref="AdaptiveLearningApiException">400 <c>validation_failed</c>; 404 <c>not_found</c>; 422 <c>nothing_to_study</c>.</exception>
    [Patch("/api/v1/goals/{id}")]
    Task<GoalView> UpdateGoalAsync(Guid id, [Body] UpdateGoalRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes one of my goals; my cards and answers stay.</summary>
    /// <param name="id">The goal's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>.</exception>
    [Delete("/api/v1/goals/{id}")]
    Task DeleteGoalAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>My plan for a goal: new cards and reviews per day until the date, and whether it fits my minutes.</summary>
    /// <param name="id">The goal's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The plan, computed now from my cards.</returns>
    /// <exception cref="AdaptiveLearningApiException">404 <c>not_found</c>; 422 <c>goal_ended</c>.</exception>
    [Get("/api/v1/goals/{id}/plan")]
    Task<StudyPlan> GetGoalPlanAsync(Guid id, CancellationToken cancellationToken = default);
}
