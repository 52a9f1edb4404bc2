using System.Text;
using System.Text.Json.Nodes;

using static AdaptiveLearning.Application.Imports.Format.Bank.CanonicalItem;
using C = AdaptiveLearning.Application.Imports.Format.Bank.DelimitedColumns;

namespace AdaptiveLearning.Application.Imports.Format.Bank;

/// <summary>CSV/TSV with a header: only the columns some question uses, options as <c>option_&lt;key&gt;</c> in first-seen key order.</summary>
public static class DelimitedWriter
{
    private static readonly string[] Leading = [ImportFields.Id, ImportFields.Type, ImportFields.Question, ImportFields.Scenario];
    private static readonly string[] Trailing =
    [
        ImportFields.CorrectAnswer, ImportFields.Explanation, ImportFields.ModelAnswer, ImportFields.Difficulty,
        ImportFields.EstimatedTimeSeconds, ImportFields.Tags, ImportFields.RubricKeywords, ImportFields.Media, ImportFields.Source,
        ImportFields.Metadata,
    ];

    public static string Write(char delimiter, IReadOnlyList<JsonObject> items, IReadOnlyList<JsonObject?> extras)
    {
        var keys = items.SelectMany(i => Options(i).Select(o => o.Key)).Distinct().ToList();
        var explained = items.SelectMany(i => (i[ImportFields.OptionExplanations] as JsonObject)?.Select(p => p.Key) ?? []).Distinct().ToList();
        var columns = Leading.Where(c => items.Any(i => i.ContainsKey(c)))
            .Concat(keys.Select(k => C.OptionPrefix + k))
            .Concat(explained.Select(k => C.FeedbackPrefix + k))
            .Concat(Trailing.Where(c => items.Any(i => i.ContainsKey(c))))
            .Concat(extras.Any(e => e is not null) ? new[] { BankExtras.Field } : [])
            .ToList();
        var w = new StringBuilder();
        Line(w, delimiter, columns);
        for (var i = 0; i < items.Count; i++)
            Line(w, delimiter, columns.Select(c => Cell(items[i], extras[i], c)));
        return w.ToString();
    }

    private static void Line(StringBuilder w, char delimiter, IEnumerable<string> cells) =>
        w.Append(string.Join(delimiter, cells.Select(c => DelimitedText.Field(c, delimiter)))).Append('\n');

    private static string Cell(JsonObject item, JsonObject? extra, string column)
    {
        if (column == BankExtras.Field) return extra is null ? "" : BankExtras.Serialize(extra);
        if (C.KeyOf(column, C.OptionPrefix) is { } key) return (item[ImportFields.Options] as JsonObject)?[key]?.GetValue<string>() ?? "";
        if (C.KeyOf(column, C.FeedbackPrefix) is { } explained) return (item[ImportFields.OptionExplanations] as JsonObject)?[explained]?.GetValue<string>() ?? "";
        return column switch
        {
            ImportFields.CorrectAnswer or ImportFields.RubricKeywords => string.Join(C.ListSeparator, Strings(item, column)),
            ImportFields.Tags or ImportFields.Media => string.Join(' ', Strings(item, column)),
            ImportFields.Difficulty or ImportFields.EstimatedTimeSeconds or ImportFields.Metadata => item[column]?.ToJsonString() ?? "",
            _ => Text(item, column) ?? "",
        };
    }
}
