using System.Text.Json;
using AdaptiveLearning.Application.Imports.Format.Bank;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Imports.Format;

/// <summary>Validates one facet file whole: its name, its JSON, then every item. Pure, so files parse in parallel.</summary>
public static class QuestionFileParser
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };

    /// <param name="packages">Reads binary packages (Anki); text formats need nothing outside this layer.</param>
    public static ParsedFile Parse(ImportFile file, byte[] bytes, IBankPackageReader? packages = null)
    {
        if (file.EffectiveFormat != BankFormat.Json)
            return ConvertedFileParser.Parse(file, bytes, file.EffectiveFormat, packages);
        var facet = FacetOf(file.FileName);
        var parsed = new ParsedFile(file, facet);
        if (facet is null)
            parsed.AddProblem(null, null, null,
                "the file name must be <topic>__<subtopic>__<leaf>__<facet>.json, each code of a-z, 0-9, '-' or '_'");

        using var document = TryParseJson(bytes, parsed);
        if (document is null)
            return parsed;
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            parsed.AddProblem(null, null, null, "the file must hold a JSON array of questions");
            return parsed;
        }

        var index = 0;
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var reader = new QuestionItemReader(file.Name, index);
            if (reader.Read(item) is { } question)
                parsed.Questions.Add(question);
            parsed.Problems.AddRange(reader.Problems);
            parsed.Warnings.AddRange(reader.Warnings);
            index++;
        }
        parsed.ItemCount = index;
        return parsed;
    }

    public static HierarchyPath? FacetOf(string fileName)
    {
        if (!fileName.EndsWith(".json", StringComparison.Ordinal))
            return null;
        return HierarchyPath.TryParse(fileName[..^".json".Length], out var path) && path.Level == HierarchyPath.MaxDepth
            ? path
            : null;
    }

    /// <returns>The document, or null after recording where the JSON broke.</returns>
    internal static JsonDocument? TryParseJson(byte[] bytes, ParsedFile parsed)
    {
        try
        {
            return JsonDocument.Parse(WithoutBom(bytes), JsonOptions);
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            parsed.AddProblem(null, null, null, $"invalid JSON at line {line}, column {column}: {FirstSentence(e.Message)}");
            return null;
        }
    }

    private static ReadOnlyMemory<byte> WithoutBom(byte[] bytes) =>
        bytes is [0xEF, 0xBB, 0xBF, ..] ? bytes.AsMemory(3) : bytes;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
