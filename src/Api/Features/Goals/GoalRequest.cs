namespace AdaptiveLearning.Api.Features.Goals;

/// <summary>Addresses one of my goals.</summary>
public sealed class GoalRequest
{
    public const string Route = "/goals/{id}";
    public const string PlanRoute = "/goals/{id}/plan";

    public static string For(Guid id) => Route.Replace("{id}", id.ToString());
    public static string PlanFor(Guid id) => PlanRoute.Replace("{id}", id.ToString());

    public Guid Id { get; init; }
}
