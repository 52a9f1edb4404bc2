using System.Text.Json;

namespace AdaptiveLearning.Application.Questions;

/// <summary>One content field that differs between two versions.</summary>
public sealed record QuestionFieldChange
{
    /// <summary>The field's name as the question's JSON spells it (text, correctKeys, ...).</summary>
    public required string Field { get; init; }
    /// <summary>Its value in the older version; absent when it had none.</summary>
    public JsonElement? Old { get; init; }
    /// <summary>Its value in the newer version; absent when it has none.</summary>
    public JsonElement? New { get; init; }
}
