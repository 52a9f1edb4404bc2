namespace AdaptiveLearning.Evaluate.Policy;

/// <summary>The learner's daily new-card and review limits (the product's defaults: 20 and 200).</summary>
internal sealed record DailyLimits(int NewCards = 20, int Reviews = 200);
