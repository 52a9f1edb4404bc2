using System.IO.Compression;
using System.Text.Json;
using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Application.Imports.Format.Bank;
using Microsoft.Data.Sqlite;

namespace AdaptiveLearning.Infrastructure.Imports.Anki;

/// <summary>
/// An Anki package: a zip holding the collection as SQLite (<c>collection.anki21</c>, or <c>collection.anki2</c> from
/// older versions). Each note becomes a theory question (first field the question, second the model answer, HTML kept),
/// its first card's deck the hierarchy path, its guid the id. The review log is not replayed.
/// </summary>
internal sealed class AnkiPackageReader : IBankPackageReader
{
    private const string Current = "collection.anki21";
    private const string Legacy = "collection.anki2";
    private const string Compressed = "collection.anki21b";

    public IReadOnlyList<SourceItem> Read(byte[] package)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw new BankSyntaxException("not an Anki package: a package is a zip holding collection.anki21 or collection.anki2");
        }
        using (zip)
        {
            // Newer Anki versions put a placeholder collection.anki2 beside the real, zstd-compressed collection.anki21b.
            var entry = zip.GetEntry(Current) ?? (zip.GetEntry(Compressed) is null ? zip.GetEntry(Legacy) : null)
                ?? throw new BankSyntaxException(zip.GetEntry(Compressed) is null
                    ? "the package holds no collection.anki21 or collection.anki2"
                    : "the package holds only Anki's newer compressed collection: export it again with \"Support older Anki versions\" ticked");
            var path = Path.Combine(Path.GetTempPath(), $"anki-{Guid.NewGuid():N}.sqlite");
            try
            {
                entry.ExtractToFile(path);
                return AnkiCollection.Read(path);
            }
            catch (SqliteException e)
            {
                throw new BankSyntaxException($"{entry.Name} is not an Anki collection: {e.Message}");
            }
            catch (JsonException)
            {
                throw new BankSyntaxException($"{entry.Name} has unreadable deck definitions");
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
