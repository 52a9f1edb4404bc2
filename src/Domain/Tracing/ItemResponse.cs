namespace AdaptiveLearning.Domain.Tracing;

public readonly record struct ItemResponse(IrtItem Item, bool Correct);
