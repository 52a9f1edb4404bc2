using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AdaptiveLearning.Application.Imports.Format.Bank;

/// <summary>
/// Moodle's Aiken format: the question (one or more lines), options <c>A. text</c> or <c>A) text</c> one per line,
/// then <c>ANSWER: A</c>. Blank lines between questions are ignored. Every question becomes an mcq keyed by its letters.
/// </summary>
public static partial class AikenReader
{
    [GeneratedRegex(@"^([A-Z])[\.\)]\s+(.*)$")]
    private static partial Regex OptionLine();

    [GeneratedRegex(@"^ANSWER\s*:\s*(.*)$")]
    private static partial Regex AnswerLine();

    public static IReadOnlyList<SourceItem> Read(string text)
    {
        var items = new List<SourceItem>();
        var stem = new List<string>();
        JsonObject? options = null;
        var pending = new List<string>();

        SourceItem End()
        {
            var item = new SourceItem(items.Count);
            item.Set(ImportFields.Type, "mcq");
            item.Set(ImportFields.Question, string.Join('\n', stem));
            if (options is not null) item.Fields[ImportFields.Options] = options;
            pending.ForEach(p => item.Problem(ImportFields.Options, p));
            items.Add(item);
            stem = [];
            options = null;
            pending = [];
            return item;
        }

        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
                continue;
            if (AnswerLine().Match(line) is { Success: true } answer)
            {
                var hadOptions = options is not null;
                var item = End();
                var key = answer.Groups[1].Value.Trim();
                if (!hadOptions) item.Problem(ImportFields.Options, "an ANSWER line with no options before it");
                else if (key.Length == 0) item.Problem(ImportFields.CorrectAnswer, "the ANSWER line names no option");
                else item.Set(ImportFields.CorrectAnswer, key);
            }
            else if (OptionLine().Match(line) is { Success: true } option && stem.Count > 0)
            {
                options ??= [];
                var key = option.Groups[1].Value;
                if (options.ContainsKey(key)) pending.Add($"option {key} is given twice");
                options[key] = option.Groups[2].Value.Trim();
            }
            else if (options is not null)
            {
                // Text after the options that is no ANSWER line: the question before it never ended.
                End().Problem(ImportFields.CorrectAnswer, "no ANSWER line after the options");
                stem.Add(line);
            }
            else
            {
                stem.Add(line);
            }
        }
        if (stem.Count > 0)
            End().Problem(ImportFields.CorrectAnswer, "no ANSWER line at the end of the file");
        return items;
    }
}
