namespace AdaptiveLearning.Evaluate.Placement;

/// <summary>One simulated placement: the learner's true θ, the placed θ and its standard error, and the items it took.</summary>
internal readonly record struct PlacementRun(double TrueTheta, double Theta, double StandardError, int Items, bool ReachedTarget);
