namespace AdaptiveLearning.Application.Imports.Format.Bank;

/// <summary>
/// The file formats a bank can arrive in (and, except Aiken and Anki, leave in). Wire names: json, csv, tsv, gift, aiken,
/// moodle_xml, anki.
/// </summary>
public enum BankFormat
{
    Json,
    Csv,
    Tsv,
    Gift,
    Aiken,
    MoodleXml,
    /// <summary>An Anki package (<c>.apkg</c>, <c>.colpkg</c>): read only.</summary>
    Anki,
}
