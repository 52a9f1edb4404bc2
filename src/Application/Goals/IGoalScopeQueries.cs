namespace AdaptiveLearning.Application.Goals;

public interface IGoalScopeQueries
{
    /// <summary>What the learner holds of a scope (published questions under active nodes), in one round trip.</summary>
    Task<GoalScope> ScopeAsync(Guid userId, IReadOnlyList<string> scope, CancellationToken ct);

    /// <summary>How many published questions the scope holds.</summary>
    Task<int> PublishedCountAsync(IReadOnlyList<string> scope, CancellationToken ct);
}
