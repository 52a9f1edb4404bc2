namespace AdaptiveLearning.Application.Imports.Format.Bank;

/// <summary>Reads a binary package (an Anki <c>.apkg</c>: SQLite in a zip) into items; a port, because SQLite is Infrastructure's.</summary>
public interface IBankPackageReader
{
    /// <exception cref="BankSyntaxException">The package as a whole cannot be read.</exception>
    IReadOnlyList<SourceItem> Read(byte[] package);
}
