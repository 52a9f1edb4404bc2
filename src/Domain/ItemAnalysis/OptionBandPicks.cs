namespace AdaptiveLearning.Domain.ItemAnalysis;

/// <summary>How often learners in one ability band picked an option of a question version.</summary>
public sealed record OptionBandPicks(string Key, int Band, long Picks);
