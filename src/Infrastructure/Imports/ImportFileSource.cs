using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Application.Imports.Format.Bank;

namespace AdaptiveLearning.Infrastructure.Imports;

/// <summary>
/// Expands paths to import files: files as given, folders to every file beneath them in a format the importer reads
/// (by extension; with an explicit format, its extension's files and .txt files), in a stable order.
/// </summary>
public static class ImportFileSource
{
    /// <summary>GIFT and Aiken files are often plain .txt: a folder of them is read when the format is given.</summary>
    private const string TextExtension = ".txt";

    public static IReadOnlyList<ImportFile> Collect(IEnumerable<string> paths, BankFormat? format = null)
    {
        var files = new List<ImportFile>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
                files.Add(ImportFile.FromDisk(path, path) with { Format = IsHierarchy(path) ? null : format });
            else if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => IsHierarchy(f) || (format is { } chosen ? BankFormats.FromFileName(f) == chosen || f.EndsWith(TextExtension, StringComparison.OrdinalIgnoreCase) : BankFormats.IsKnownExtension(f)))
                    .Order(StringComparer.Ordinal)
                    .Select(f => ImportFile.FromDisk(Path.GetRelativePath(Environment.CurrentDirectory, f), f) with { Format = IsHierarchy(f) ? null : format }));
            else
                throw new FileNotFoundException($"{path} does not exist.", path);
        }
        // Hierarchy files first, so their names are used when nodes are created.
        return files.OrderBy(f => f.IsHierarchy ? 0 : 1).ToList();
    }

    private static bool IsHierarchy(string path) => Path.GetFileName(path) == ImportFile.HierarchyFileName;
}
