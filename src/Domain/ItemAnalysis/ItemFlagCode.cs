namespace AdaptiveLearning.Domain.ItemAnalysis;

/// <summary>Why a question looks weak. Wire names are part of the contract.</summary>
public enum ItemFlagCode
{
    LowDiscrimination,
    TooEasy,
    TooHard,
    DeadDistractor,
    KeyConfusingDistractor,
    HighLeechRate,
}
