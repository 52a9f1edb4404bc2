using System.Text.Json;
using AdaptiveLearning.Domain.ItemAnalysis;

namespace AdaptiveLearning.Infrastructure.Analytics;

/// <summary>An attempt as the item statistics job reads it (column names map with underscores matched).</summary>
internal sealed class TallyRow
{
    public long Id { get; init; }
    public Guid UserId { get; init; }
    public long QuestionId { get; init; }
    public int QuestionVersion { get; init; }
    public long Correct { get; init; }
    public string? Selected { get; init; }
    public int TimeSpentMs { get; init; }
    public double? Ability { get; init; }
    public long Undone { get; init; }

    public TalliedAnswer ToAnswer() =>
        new(Id, UserId.ToString(), QuestionId, QuestionVersion, Correct == 1, ParseSelected(Selected), TimeSpentMs, Ability);

    private static IReadOnlyList<string> ParseSelected(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];
}
