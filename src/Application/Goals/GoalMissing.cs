using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Goals;

/// <summary>Someone else's goal and no goal at all answer alike, so ids cannot be probed.</summary>
internal static class GoalMissing
{
    public static ProblemException Problem() => new(Problems.NotFound, "No such goal.");
}
