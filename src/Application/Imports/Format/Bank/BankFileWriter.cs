using System.Text;
using System.Text.Json.Nodes;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Imports.Format.Bank;

/// <summary>
/// Writes one facet's questions in a format. The native rendering is read back with the format's own reader, and every
/// field that did not survive goes into the question's <see cref="BankExtras"/>, so importing the file changes nothing.
/// </summary>
public static class BankFileWriter
{
    public static byte[] Write(BankFormat format, HierarchyPath facet, IReadOnlyList<(string ExternalId, QuestionContent Content)> questions)
    {
        var items = questions.Select(q => CanonicalItem.Of(q.ExternalId, q.Content)).ToList();
        var native = Render(format, facet, items, new JsonObject?[items.Count]);
        var read = ConvertedFileParser.Read(ConvertedFileParser.Normalize(native), format);
        if (read.Count != items.Count)
            throw new InvalidOperationException($"{WireNames.Of(format)} writer wrote {items.Count} questions but its reader found {read.Count}");
        var extras = items.Select((item, i) => BankExtras.Diff(item, read[i].Fields)).ToList();
        return Encoding.UTF8.GetBytes(Render(format, facet, items, extras));
    }

    private static string Render(BankFormat format, HierarchyPath facet, List<JsonObject> items, IReadOnlyList<JsonObject?> extras) => format switch
    {
        BankFormat.Gift => GiftWriter.Write(facet, items, extras),
        BankFormat.Csv => DelimitedWriter.Write(',', items, extras),
        BankFormat.Tsv => DelimitedWriter.Write('\t', items, extras),
        BankFormat.MoodleXml => MoodleXmlWriter.Write(facet, items, extras),
        _ => throw new ArgumentOutOfRangeException(nameof(format), $"{WireNames.Of(format)} has no writer"),
    };
}
