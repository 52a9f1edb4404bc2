namespace AdaptiveLearning.Application.Adaptive;

/// <summary>Learners' adaptive state, kept up to date with their attempt log.</summary>
public interface ILearnerModels
{
    /// <summary>Runs <paramref name="use"/> on the learner's up-to-date model; uses of one learner's model take turns.</summary>
    Task<T> UseAsync<T>(Guid userId, Func<LearnerModel, Task<T>> use, CancellationToken ct);
}
