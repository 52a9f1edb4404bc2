using AdaptiveLearning.Domain.Common;

namespace AdaptiveLearning.Application.Imports.Format.Bank;

/// <summary>Which format a file is in: an explicit choice wins, otherwise its extension decides.</summary>
public static class BankFormats
{
    private static readonly (string Extension, BankFormat Format)[] Extensions =
    [
        (".json", BankFormat.Json), (".csv", BankFormat.Csv), (".tsv", BankFormat.Tsv), (".gift", BankFormat.Gift),
        (".aiken", BankFormat.Aiken), (".xml", BankFormat.MoodleXml), (".apkg", BankFormat.Anki), (".colpkg", BankFormat.Anki),
    ];

    /// <summary>Formats an export can be written in: Aiken has no place for an id, so it could never re-import as a no-op; Anki is read only.</summary>
    public static IReadOnlyList<BankFormat> Writable { get; } = [BankFormat.Json, BankFormat.Csv, BankFormat.Tsv, BankFormat.Gift, BankFormat.MoodleXml];

    public static string Names => string.Join(", ", WireNames.All<BankFormat>());

    public static string WritableNames => string.Join(", ", Writable.Select(WireNames.Of));

    public static BankFormat? FromFileName(string fileName) =>
        Extensions.Where(e => fileName.EndsWith(e.Extension, StringComparison.OrdinalIgnoreCase)).Select(e => (BankFormat?)e.Format).FirstOrDefault();

    public static string ExtensionOf(BankFormat format) => Extensions.First(e => e.Format == format).Extension;

    /// <summary>The file's name without the extension of its format (or its last extension when the format was chosen explicitly).</summary>
    public static string StemOf(string fileName, BankFormat format)
    {
        var extension = ExtensionOf(format);
        if (fileName.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            return fileName[..^extension.Length];
        var dot = fileName.LastIndexOf('.');
        return dot > 0 ? fileName[..dot] : fileName;
    }

    public static bool IsKnownExtension(string fileName) => FromFileName(fileName) is not null;
}
