using AdaptiveLearning.Domain.Goals;

namespace AdaptiveLearning.Application.Goals;

public interface IGoalRepository
{
    /// <returns>False when the learner already has <see cref="StudyGoal.MaxPerLearner"/> goals (checked under the learner's row lock).</returns>
    Task<bool> AddAsync(StudyGoal goal, CancellationToken ct);

    /// <summary>Only the owner's goal: another learner's goal id reads as missing.</summary>
    Task<StudyGoal?> GetAsync(Guid userId, Guid goalId, CancellationToken ct);

    /// <summary>The learner's goals, nearest target date first.</summary>
    Task<IReadOnlyList<StudyGoal>> ListAsync(Guid userId, CancellationToken ct);

    Task UpdateAsync(StudyGoal goal, CancellationToken ct);

    Task<bool> DeleteAsync(Guid userId, Guid goalId, CancellationToken ct);
}
