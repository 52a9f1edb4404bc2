namespace AdaptiveLearning.Domain.Adaptive;

/// <param name="TargetStandardError">Stop once θ is known this precisely (logits).</param>
/// <param name="MaxItems">Stop after this many items whatever the precision.</param>
/// <param name="Randomesque">Pick at random among this many most informative items, so the best items are not over-exposed.</param>
public sealed record PlacementOptions(double TargetStandardError = 0.3, int MaxItems = 40, int Randomesque = 5)
{
    public static PlacementOptions Default { get; } = new();
}
