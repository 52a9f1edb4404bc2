namespace AdaptiveLearning.Domain.ItemAnalysis;

/// <summary>How many answers to a question version came from learners in one <see cref="AbilityBands"/> band.</summary>
public sealed record BandAnswers(int Band, long Answers);
