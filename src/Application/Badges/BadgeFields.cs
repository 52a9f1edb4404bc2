namespace AdaptiveLearning.Application.Badges;

/// <summary>A badge's editable fields as sent; on update a null field stays as it is.</summary>
/// <param name="Metric">A metric's wire name; an unknown one is refused with <c>unknown_metric</c>.</param>
public sealed record BadgeFields(
    string? Name, string? Description, string? Icon, string? Category, string? Rarity, string? Metric, double? Threshold, int? MinAnswers);
