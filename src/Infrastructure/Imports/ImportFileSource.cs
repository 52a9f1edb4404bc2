using AdaptiveLearning.Application.Imports;

namespace AdaptiveLearning.Infrastructure.Imports;

/// <summary>Expands paths to import files: files as given, folders to every *.json beneath them, in a stable order.</summary>
public static class ImportFileSource
{
    public static IReadOnlyList<ImportFile> Collect(IEnumerable<string> paths)
    {
        var files = new List<ImportFile>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
                files.Add(ImportFile.FromDisk(path, path));
            else if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories)
                    .Order(StringComparer.Ordinal)
                    .Select(f => ImportFile.FromDisk(Path.GetRelativePath(Environment.CurrentDirectory, f), f)));
            else
                throw new FileNotFoundException($"{path} does not exist.", path);
        }
        // Hierarchy files first, so their names are used when nodes are created.
        return files.OrderBy(f => f.IsHierarchy ? 0 : 1).ToList();
    }
}
