using System.Text.Json.Serialization;
using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Application.Answers;

/// <summary>Why one answer of a batch was not recorded: the same problem the single-answer route would answer with.</summary>
public sealed record AnswerError(
    [property: JsonIgnore] Problem Problem,
    string Detail)
{
    /// <summary>The HTTP status the single-answer route would answer with; the Api sets it from its status table.</summary>
    public int Status { get; init; }
    public string Code => Problem.Code;
    public string Title => Problem.Title;
}
