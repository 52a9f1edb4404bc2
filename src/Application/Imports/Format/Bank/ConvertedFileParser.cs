using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AdaptiveLearning.Domain.Common;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Imports.Format.Bank;

/// <summary>
/// Reads a file in another format into items of the JSON import format and validates each exactly as a JSON item
/// (<see cref="QuestionItemReader"/>), so every format has the same rules, problems and whole-file rejection.
/// </summary>
public static class ConvertedFileParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ParsedFile Parse(ImportFile file, byte[] bytes, BankFormat format, IBankPackageReader? packages = null)
    {
        HierarchyPath.TryParse(BankFormats.StemOf(file.FileName, format), out var stem);
        var facet = stem?.Level == HierarchyPath.MaxDepth ? stem : null;
        var parsed = new ParsedFile(file, facet);
        IReadOnlyList<SourceItem> items;
        try
        {
            items = format == BankFormat.Anki
                ? (packages ?? throw new BankSyntaxException("Anki packages are read by the server's importer only")).Read(bytes)
                : Read(Text(bytes), format);
        }
        catch (BankSyntaxException e)
        {
            parsed.AddProblem(null, null, null, e.Message);
            return parsed;
        }
        foreach (var item in items)
            Convert(item, parsed, format);
        parsed.ItemCount = items.Count;
        return parsed;
    }

    internal static IReadOnlyList<SourceItem> Read(string text, BankFormat format) => format switch
    {
        BankFormat.Aiken => AikenReader.Read(text),
        BankFormat.Gift => GiftReader.Read(text),
        BankFormat.Csv => DelimitedReader.Read(text, ','),
        BankFormat.Tsv => DelimitedReader.Read(text, '\t'),
        BankFormat.MoodleXml => MoodleXmlReader.Read(text),
        _ => throw new BankSyntaxException($"{WireNames.Of(format)} is not a format this importer reads"),
    };

    private static void Convert(SourceItem item, ParsedFile parsed, BankFormat format)
    {
        var facet = parsed.Facet;
        if (item.Category is { } category)
        {
            if (CategoryPath.TryParse(category, out var path, out var reason)) facet = path;
            else item.Problem("category", reason);
        }
        else if (facet is null)
        {
            item.Problem("category", $"no facet: name the file <topic>__<subtopic>__<leaf>__<facet>{BankFormats.ExtensionOf(format)} or give the question a category");
        }
        if (item.Id is null && facet is not null && CanonicalItem.Text(item.Fields, ImportFields.Question) is { } text)
            item.Fields[ImportFields.Id] = DerivedId(format, facet, text);

        foreach (var (field, reason) in item.Warnings)
            parsed.Warnings.Add(new ImportProblem(parsed.File.Name, item.Index, item.Id, field, reason));
        if (item.Problems.Count > 0)
        {
            foreach (var (field, reason) in item.Problems)
                parsed.AddProblem(item.Index, item.Id, field, reason);
            return;
        }
        var reader = new QuestionItemReader(parsed.File.Name, item.Index);
        if (reader.Read(JsonSerializer.SerializeToElement(item.Fields)) is { } question)
            parsed.Questions.Add(new ImportedQuestion(question.ExternalId, question.Index, question.Content) { Facet = item.Category is null ? null : facet });
        parsed.Problems.AddRange(reader.Problems);
        parsed.Warnings.AddRange(reader.Warnings);
    }

    /// <summary>
    /// Formats without ids (Aiken, untitled GIFT, CSV without an id column) get one from the facet and the question's
    /// text, so importing the same file again finds the same questions. Editing the text makes a new question.
    /// </summary>
    public static string DerivedId(BankFormat format, HierarchyPath facet, string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(facet + "\n" + text.Trim()));
        return $"{WireNames.Of(format).Replace('_', '-')}-{System.Convert.ToHexStringLower(hash)[..16]}";
    }

    /// <summary>Every format is read with "\n" line breaks, whatever the file used.</summary>
    internal static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    private static string Text(byte[] bytes)
    {
        try
        {
            return Normalize(StrictUtf8.GetString(bytes is [0xEF, 0xBB, 0xBF, ..] ? bytes[3..] : bytes));
        }
        catch (DecoderFallbackException)
        {
            throw new BankSyntaxException("the file is not UTF-8 text");
        }
    }
}
