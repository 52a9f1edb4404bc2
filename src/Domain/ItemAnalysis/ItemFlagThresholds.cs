namespace AdaptiveLearning.Domain.ItemAnalysis;

/// <param name="MinAnswers">Fewer answers flag nothing: a handful of answers says little about an item.</param>
/// <param name="LowDiscrimination">A point-biserial below this is flagged.</param>
/// <param name="TooEasy">A proportion correct above this is flagged.</param>
/// <param name="TooHard">A proportion correct below this is flagged.</param>
/// <param name="MinTopGroupAnswers">The top group needs this many answers before its picks are compared.</param>
/// <param name="HighLeechRate">A share of leech cards above this is flagged.</param>
public sealed record ItemFlagThresholds(
    int MinAnswers = 20,
    double LowDiscrimination = 0.2,
    double TooEasy = 0.95,
    double TooHard = 0.2,
    int MinTopGroupAnswers = 5,
    double HighLeechRate = 0.1);
