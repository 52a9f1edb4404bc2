using System.Text.Json;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;

using F = AdaptiveLearning.Application.Imports.Format.ImportFields;

namespace AdaptiveLearning.Application.Imports.Format;

/// <summary>
/// Reads one array item into <see cref="QuestionContent"/>, recording every wrong-typed or missing field
/// rather than stopping at the first, then applies <see cref="ContentRules"/> like the API does.
/// </summary>
internal sealed class QuestionItemReader(string file, int index)
{
    private string? _id;

    public List<ImportProblem> Problems { get; } = [];
    public List<ImportProblem> Warnings { get; } = [];

    public ImportedQuestion? Read(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            Problem(null, "must be a JSON object");
            return null;
        }
        _id = Text(item, F.Id, required: true);
        if (_id is not null && (_id.Length > ContentRules.MaxExternalIdLength || _id.Trim() != _id))
            Problem(F.Id, $"must be 1-{ContentRules.MaxExternalIdLength} characters without surrounding spaces");
        foreach (var property in item.EnumerateObject().Where(p => !F.All.Contains(p.Name)))
            Problem(property.Name, "is not a field of the import format");

        var type = ReadType(item);
        var options = Options(item);
        var content = new QuestionContent
        {
            Type = type ?? QuestionType.Mcq,
            Text = Text(item, F.Question, required: true) ?? "",
            Options = options,
            CorrectKeys = CorrectKeys(item),
            Scenario = LongText(item, F.Scenario),
            ModelAnswer = LongText(item, F.ModelAnswer),
            RubricKeywords = Strings(item, F.RubricKeywords),
            Explanation = Text(item, F.Explanation),
            Difficulty = Integer(item, F.Difficulty) ?? 3,
            EstimatedTimeSeconds = Integer(item, F.EstimatedTimeSeconds),
            Tags = Strings(item, F.Tags),
            Metadata = Metadata(item),
            Media = Strings(item, F.Media),
            Source = LongText(item, F.Source),
        };
        content = WithoutBlankOptions(content);
        // A field already reported as missing or wrong-typed is not reported again by the content rules.
        foreach (var (field, reason) in ContentRules.Check(content).Where(r => Problems.All(p => p.Field != r.Field)))
            Problem(field, reason);
        return Problems.Count == 0 && type is not null && _id is not null ? new ImportedQuestion(_id, index, content) : null;
    }

    private QuestionType? ReadType(JsonElement item) => Text(item, F.Type, required: true) switch
    {
        null => null,
        var name when WireNames.TryParse(name, out QuestionType type) => type,
        var other => Fail<QuestionType?>(F.Type, $"'{other}' is not one of {string.Join(", ", WireNames.All<QuestionType>())}"),
    };

    private List<QuestionOption> Options(JsonElement item)
    {
        var options = new List<QuestionOption>();
        if (Get(item, F.Options) is not { } element)
            return options;
        if (element.ValueKind != JsonValueKind.Object)
            return Fail<List<QuestionOption>>(F.Options, "must be an object of key: text") ?? options;
        var explanations = OptionExplanations(item);
        foreach (var option in element.EnumerateObject())
        {
            if (option.Value.ValueKind != JsonValueKind.String)
                Problem($"{F.Options}.{option.Name}", "must be a string");
            else
                options.Add(new QuestionOption(option.Name, option.Value.GetString()!, explanations.GetValueOrDefault(option.Name)));
        }
        foreach (var key in explanations.Keys.Where(k => options.All(o => o.Key != k)))
            Problem($"{F.OptionExplanations}.{key}", "explains an option that does not exist");
        return options;
    }

    private Dictionary<string, string> OptionExplanations(JsonElement item)
    {
        var result = new Dictionary<string, string>();
        if (Get(item, F.OptionExplanations) is not { } element)
            return result;
        if (element.ValueKind != JsonValueKind.Object)
            return Fail<Dictionary<string, string>>(F.OptionExplanations, "must be an object of key: text") ?? result;
        foreach (var p in element.EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.String) Problem($"{F.OptionExplanations}.{p.Name}", "must be a string");
            else if (p.Value.GetString()!.Length > ContentRules.MaxTextLength) Problem($"{F.OptionExplanations}.{p.Name}", $"is longer than {ContentRules.MaxTextLength} characters");
            else result[p.Name] = p.Value.GetString()!;
        }
        return result;
    }

    private List<string> CorrectKeys(JsonElement item) => Get(item, F.CorrectAnswer) switch
    {
        null => [],
        { ValueKind: JsonValueKind.String } one => [one.GetString()!],
        { ValueKind: JsonValueKind.Array } many when many.EnumerateArray().All(k => k.ValueKind == JsonValueKind.String) =>
            many.EnumerateArray().Select(k => k.GetString()!).ToList(),
        _ => Fail<List<string>>(F.CorrectAnswer, "must be an option key or an array of option keys") ?? [],
    };

    /// <summary>
    /// Real banks carry blank distractors (three in OpenTriviaQA). One nobody can pick is left out with a
    /// warning instead of rejecting the question; a blank option that is a correct answer stays an error.
    /// </summary>
    private QuestionContent WithoutBlankOptions(QuestionContent content)
    {
        var blank = content.Options.Where(o => string.IsNullOrWhiteSpace(o.Text) && !content.CorrectKeys.Contains(o.Key)).ToList();
        if (blank.Count == 0)
            return content;
        foreach (var option in blank)
            Warnings.Add(new ImportProblem(file, index, _id, $"{F.Options}.{option.Key}", "is blank and was left out"));
        return content with { Options = content.Options.Except(blank).ToList() };
    }

    private JsonElement? Metadata(JsonElement item) => Get(item, F.Metadata) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Object } meta => meta.Clone(),
        _ => Fail<JsonElement?>(F.Metadata, "must be an object"),
    };

    private string? LongText(JsonElement item, string field)
    {
        var value = Text(item, field);
        if (value?.Length > ContentRules.MaxTextLength)
            Problem(field, $"is longer than {ContentRules.MaxTextLength} characters");
        return value;
    }

    private string? Text(JsonElement item, string field, bool required = false) => Get(item, field) switch
    {
        null when required => Fail<string>(field, "is required"),
        null => null,
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        _ => Fail<string>(field, "must be a string"),
    };

    private int? Integer(JsonElement item, string field) => Get(item, field) switch
    {
        null => null,
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt32(out var value) => value,
        _ => Fail<int?>(field, "must be a whole number"),
    };

    private List<string> Strings(JsonElement item, string field) => Get(item, field) switch
    {
        null => [],
        { ValueKind: JsonValueKind.Array } a when a.EnumerateArray().All(s => s.ValueKind == JsonValueKind.String) =>
            a.EnumerateArray().Select(s => s.GetString()!).ToList(),
        _ => Fail<List<string>>(field, "must be an array of strings") ?? [],
    };

    /// <summary>A present, non-null property; JSON null counts as absent.</summary>
    private static JsonElement? Get(JsonElement item, string field) =>
        item.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private T? Fail<T>(string field, string reason)
    {
        Problem(field, reason);
        return default;
    }

    private void Problem(string? field, string reason) => Problems.Add(new ImportProblem(file, index, _id, field, reason));
}
