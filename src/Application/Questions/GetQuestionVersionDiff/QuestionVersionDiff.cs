namespace AdaptiveLearning.Application.Questions.GetQuestionVersionDiff;

/// <summary>What changed from version <see cref="Against"/> to version <see cref="Version"/>.</summary>
public sealed record QuestionVersionDiff
{
    /// <summary>The question.</summary>
    public required long QuestionId { get; init; }
    /// <summary>The version compared (the "new" side).</summary>
    public required int Version { get; init; }
    /// <summary>The version it is compared with (the "old" side); null for a first version, compared with nothing.</summary>
    public int? Against { get; init; }
    /// <summary>Every changed field's name, options included.</summary>
    public required IReadOnlyList<string> ChangedFields { get; init; }
    /// <summary>The changed fields other than options, with their old and new values.</summary>
    public required IReadOnlyList<QuestionFieldChange> Fields { get; init; }
    /// <summary>Options added, removed and changed, matched by key.</summary>
    public required QuestionOptionChanges Options { get; init; }
}
