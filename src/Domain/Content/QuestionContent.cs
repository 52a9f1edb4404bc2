using System.Security.Cryptography;
using System.Text.Json.Serialization;
using System.Text.Json;
using System.Text;

namespace AdaptiveLearning.Domain.Content;

/// <summary>
/// Everything an author edits about a question. Two contents with the same <see cref="Hash"/> are
/// the same version: the importer and the API use it to skip no-op writes.
/// </summary>
public sealed record QuestionContent
{
    public required QuestionType Type { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<QuestionOption> Options { get; init; } = [];
    public IReadOnlyList<string> CorrectKeys { get; init; } = [];
    public string? Scenario { get; init; }
    public string? ModelAnswer { get; init; }
    public IReadOnlyList<string> RubricKeywords { get; init; } = [];
    public string? Explanation { get; init; }
    public int Difficulty { get; init; } = 3;
    public int? EstimatedTimeSeconds { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>Free-form author metadata as a JSON object, kept verbatim.</summary>
    public JsonElement? Metadata { get; init; }
    public IReadOnlyList<string> Media { get; init; } = [];
    public string? Source { get; init; }

    public bool IsMultipleChoice => Type == QuestionType.Mcq || (Type == QuestionType.Scenario && Options.Count > 0);

    /// <summary>Several options are correct: a client renders checkboxes, not radio buttons. Not part of the answer key.</summary>
    /// <remarks>Derived, so kept out of the stored JSON and the content hash: adding it must not make every question "changed".</remarks>
    [JsonIgnore]
    public bool HasMultipleCorrect => IsMultipleChoice && CorrectKeys.Count > 1;

    /// <summary>Text the full-text index searches: the prompt, the scenario and every option.</summary>
    public string SearchText => string.Join('\n', new[] { Text, Scenario ?? "" }.Concat(Options.Select(o => o.Text)));

    public string Hash()
    {
        var canonical = JsonSerializer.Serialize(this, CanonicalJson.Options);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    public string ToJson() => JsonSerializer.Serialize(this, CanonicalJson.Options);

    public static QuestionContent FromJson(string json) =>
        JsonSerializer.Deserialize<QuestionContent>(json, CanonicalJson.Options)
        ?? throw new InvalidOperationException("Stored question content is empty.");
}
