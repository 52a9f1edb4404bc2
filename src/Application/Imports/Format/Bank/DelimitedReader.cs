using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AdaptiveLearning.Domain.Content;

using C = AdaptiveLearning.Application.Imports.Format.Bank.DelimitedColumns;

namespace AdaptiveLearning.Application.Imports.Format.Bank;

/// <summary>
/// CSV (comma) and TSV (tab) with a header row naming the columns (<see cref="DelimitedColumns"/>, any case). An empty
/// cell is an absent field. Without a type column a row with options is an mcq, one without a theory question, so an
/// Anki-style <c>front,back</c> file imports as-is.
/// </summary>
public static class DelimitedReader
{
    public static IReadOnlyList<SourceItem> Read(string text, char delimiter)
    {
        var rows = DelimitedText.Rows(text, delimiter);
        if (rows.Count == 0)
            throw new BankSyntaxException("the file is empty: the first row must name the columns");
        var header = rows[0].Cells.Select(Column).ToList();
        if (header.FirstOrDefault(c => !C.IsKnown(c)) is { } unknown)
            throw new BankSyntaxException($"column '{unknown}' is not one of {string.Join(", ", C.Plain)}, option_<key>, feedback_<key>");
        if (header.GroupBy(c => c).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new BankSyntaxException($"column '{twice.Key}' appears twice in the header");
        if (!header.Contains(ImportFields.Question) && !header.Contains(C.Front))
            throw new BankSyntaxException("the header needs a question (or front) column");

        var items = new List<SourceItem>();
        foreach (var (line, cells) in rows.Skip(1))
        {
            var item = new SourceItem(items.Count);
            items.Add(item);
            if (cells.Count != header.Count)
            {
                item.Problem(null, $"line {line} has {cells.Count} cells, the header has {header.Count}");
                continue;
            }
            Row(header.Zip(cells).Where(p => p.Second.Length > 0).ToList(), item);
        }
        return items;
    }

    private static void Row(List<(string Column, string Value)> cells, SourceItem item)
    {
        var options = new JsonObject();
        var explanations = new JsonObject();
        string? extra = null;
        foreach (var (column, value) in cells)
        {
            switch (column)
            {
                case C.Facet: item.Category = value.Replace(HierarchyPath.Separator, CategoryPath.Separator, StringComparison.Ordinal); break;
                case C.Front: item.Set(ImportFields.Question, value); break;
                case C.Back: item.Set(ImportFields.ModelAnswer, value); break;
                case BankExtras.Field: extra = value; break;
                case ImportFields.CorrectAnswer:
                    var keys = value.Split(C.ListSeparator);
                    item.Fields[column] = keys.Length == 1 ? (JsonNode)keys[0] : List(keys);
                    break;
                case ImportFields.Difficulty or ImportFields.EstimatedTimeSeconds:
                    if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) item.Fields[column] = number;
                    else item.Problem(column, $"'{value}' is not a whole number");
                    break;
                case ImportFields.Tags or ImportFields.Media: item.Fields[column] = List(value.Split(' ', StringSplitOptions.RemoveEmptyEntries)); break;
                case ImportFields.RubricKeywords: item.Fields[column] = List(value.Split(C.ListSeparator)); break;
                case ImportFields.Metadata: Metadata(value, item); break;
                default:
                    if (C.KeyOf(column, C.OptionPrefix) is { } key) options[key] = value;
                    else if (C.KeyOf(column, C.FeedbackPrefix) is { } explained) explanations[explained] = value;
                    else item.Set(column, value);
                    break;
            }
        }
        if (options.Count > 0) item.Fields[ImportFields.Options] = options;
        if (explanations.Count > 0) item.Fields[ImportFields.OptionExplanations] = explanations;
        if (!item.Fields.ContainsKey(ImportFields.Type))
            item.Set(ImportFields.Type, options.Count > 0 ? "mcq" : "theory");
        if (extra is not null)
            BankExtras.Apply(item, extra);
    }

    /// <summary>Column names in any case, except an option's key, which is the option's key as written.</summary>
    private static string Column(string cell)
    {
        var name = cell.Trim();
        var lower = name.ToLowerInvariant();
        foreach (var prefix in (string[])[C.OptionPrefix, C.FeedbackPrefix])
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
                return prefix + name[prefix.Length..];
        return lower;
    }

    private static void Metadata(string value, SourceItem item)
    {
        try
        {
            if (JsonNode.Parse(value) is JsonObject metadata) item.Fields[ImportFields.Metadata] = metadata;
            else item.Problem(ImportFields.Metadata, "must be a JSON object");
        }
        catch (JsonException)
        {
            item.Problem(ImportFields.Metadata, "is not valid JSON");
        }
    }

    private static JsonArray List(IEnumerable<string> values) => new(values.Select(v => (JsonNode)v).ToArray());
}
