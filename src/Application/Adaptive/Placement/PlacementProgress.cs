using AdaptiveLearning.Domain.Adaptive;

namespace AdaptiveLearning.Application.Adaptive.Placement;

/// <summary>A placement test rebuilt from the session's answers: the CAT itself keeps no state between requests.</summary>
internal sealed record PlacementProgress(
    PlacementTest Test,
    int MaxItems,
    long? NextQuestionId,
    IReadOnlyList<(AdaptiveItem Item, bool Correct)> Answers)
{
    public bool Complete => NextQuestionId is null;

    public PlacementView View()
    {
        var ability = Test.Ability;
        return new PlacementView(Complete, Math.Round(ability.Theta, 4), Math.Round(ability.StandardError, 4), Test.Administered, MaxItems);
    }
}
