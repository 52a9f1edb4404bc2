namespace AdaptiveLearning.Domain.ItemAnalysis;

/// <param name="Reason">The numbers behind the flag, for a person deciding what to fix.</param>
/// <param name="OptionKey">The distractor a distractor flag is about.</param>
public sealed record ItemFlag(ItemFlagCode Code, string Reason, string? OptionKey = null);
