namespace AdaptiveLearning.Application.Adaptive.Placement;

/// <summary>Where a placement test stands: the ability estimate so far and whether the test has stopped.</summary>
/// <param name="Complete">True once θ is precise enough, the item cap is reached or the bank is exhausted.</param>
public sealed record PlacementView(bool Complete, double Theta, double StandardError, int Administered, int MaxItems);
