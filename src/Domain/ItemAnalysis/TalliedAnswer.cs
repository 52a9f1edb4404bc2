namespace AdaptiveLearning.Domain.ItemAnalysis;

/// <summary>One attempt as item statistics count it.</summary>
/// <param name="Ability">When taking an answer back: the ability it was counted with.</param>
public sealed record TalliedAnswer(
    long AttemptId, string UserId, long QuestionId, int Version, bool Correct, IReadOnlyList<string> Selected, int TimeSpentMs,
    double? Ability = null);
