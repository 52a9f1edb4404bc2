using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Domain.Content;

/// <summary>The rules every question must satisfy, whether it comes from the API or an import file.</summary>
public static class ContentRules
{
    public const int MaxTextLength = 10_000;
    public const int MaxOptionLength = 2_000;
    public const int MinOptions = 2;
    public const int MaxOptions = 10;
    public const int MaxTags = 30;
    public const int MaxTagLength = 64;
    public const int MaxExternalIdLength = 128;

    /// <returns>Each problem as (field, reason); empty when the content is valid.</returns>
    public static IReadOnlyList<(string Field, string Reason)> Check(QuestionContent c)
    {
        var problems = new List<(string, string)>();
        void Add(string field, string reason) => problems.Add((field, reason));

        if (string.IsNullOrWhiteSpace(c.Text)) Add("question", "is required");
        else if (c.Text.Length > MaxTextLength) Add("question", $"is longer than {MaxTextLength} characters");
        if (c.Difficulty is < 1 or > 5) Add("difficulty", "must be between 1 and 5");
        if (c.EstimatedTimeSeconds is < 1 or > 86_400) Add("estimated_time_seconds", "must be between 1 and 86400");
        if (c.Explanation?.Length > MaxTextLength) Add("explanation", $"is longer than {MaxTextLength} characters");
        if (c.Tags.Count > MaxTags) Add("tags", $"has more than {MaxTags} tags");
        if (c.Tags.Any(t => string.IsNullOrWhiteSpace(t) || t.Length > MaxTagLength)) Add("tags", $"tags must be 1-{MaxTagLength} characters");
        if (c.Media.Any(m => !Uri.TryCreate(m, UriKind.Absolute, out var u) || (u.Scheme != "https" && u.Scheme != "http")))
            Add("media", "must be absolute http(s) URLs");
        if (c.Metadata is { } meta && meta.ValueKind != System.Text.Json.JsonValueKind.Object) Add("metadata", "must be an object");
        foreach (var field in TypedText(c).Where(t => ControlCharacters.In(t.Text)).Select(t => t.Field).Distinct())
            Add(field, "must not contain control characters");

        switch (c.Type)
        {
            case QuestionType.Mcq:
                CheckOptions(c, Add);
                break;
            case QuestionType.Theory:
                if (c.Options.Count > 0) Add("options", "a theory question has no options");
                if (string.IsNullOrWhiteSpace(c.ModelAnswer)) Add("model_answer", "is required for a theory question");
                break;
            case QuestionType.Scenario:
                if (string.IsNullOrWhiteSpace(c.Scenario)) Add("scenario", "is required for a scenario question");
                if (c.Options.Count > 0) CheckOptions(c, Add);
                else if (string.IsNullOrWhiteSpace(c.ModelAnswer)) Add("model_answer", "a scenario needs options or a model answer");
                break;
        }
        return problems;
    }

    /// <summary>Every piece of text an author typed, with the field it belongs to.</summary>
    private static IEnumerable<(string Field, string? Text)> TypedText(QuestionContent c) =>
        new[] { ("question", c.Text), ("scenario", c.Scenario), ("explanation", c.Explanation), ("model_answer", c.ModelAnswer), ("source", c.Source) }
            .Concat(c.Options.SelectMany(o => new[] { ("options", o.Key), ("options", o.Text), ("options", o.Explanation) }))
            .Concat(c.Tags.Select(t => ("tags", (string?)t)))
            .Concat(c.RubricKeywords.Select(k => ("rubric_keywords", (string?)k)))
            .Concat(c.CorrectKeys.Select(k => ("correct_answer", (string?)k)));

    private static void CheckOptions(QuestionContent c, Action<string, string> add)
    {
        if (c.Options.Count is < MinOptions or > MaxOptions)
            add("options", $"must have {MinOptions}-{MaxOptions} options");
        if (c.Options.Select(o => o.Key).Distinct().Count() != c.Options.Count)
            add("options", "keys must be unique");
        if (c.Options.Any(o => string.IsNullOrWhiteSpace(o.Key) || o.Key.Length > 16))
            add("options", "keys must be 1-16 characters");
        if (c.Options.Any(o => string.IsNullOrWhiteSpace(o.Text)))
            add("options", "option text is required");
        if (c.Options.Any(o => o.Text.Length > MaxOptionLength))
            add("options", $"an option is longer than {MaxOptionLength} characters");
        if (c.CorrectKeys.Count == 0)
            add("correct_answer", "is required");
        else if (c.CorrectKeys.FirstOrDefault(k => c.Options.All(o => o.Key != k)) is { } missing)
            add("correct_answer", $"'{missing}' is not among the options");
    }
}
