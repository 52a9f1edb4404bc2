namespace AdaptiveLearning.Evaluate.Placement;

/// <param name="Adaptive">Items chosen by the Domain's placement test (maximum information, randomesque); otherwise in random order.</param>
internal sealed record PlacementCondition(string Name, bool Rasch, bool Adaptive, int MaxItems);
