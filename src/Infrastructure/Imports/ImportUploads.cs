using AdaptiveLearning.Application.Imports;
using AdaptiveLearning.Application.Imports.Format.Bank;

namespace AdaptiveLearning.Infrastructure.Imports;

/// <summary>
/// Keeps an upload's files on disk, one folder per job, so a job survives a restart and runs on any instance.
/// Files are stored by position: uploaded names are shown in reports, never used as paths.
/// </summary>
internal sealed class ImportUploads(ImportUploadOptions options)
{
    public async Task<IReadOnlyList<string>> SaveAsync(Guid jobId, IReadOnlyList<ImportFile> files, CancellationToken ct)
    {
        var folder = FolderOf(jobId);
        Directory.CreateDirectory(folder);
        for (var i = 0; i < files.Count; i++)
            await File.WriteAllBytesAsync(PathOf(folder, i), await files[i].ReadAsync(ct), ct);
        return files.Select(f => f.Name).ToList();
    }

    public IReadOnlyList<ImportFile> Open(Guid jobId, IReadOnlyList<string> names, BankFormat? format)
    {
        var folder = FolderOf(jobId);
        return names.Select((name, i) => ImportFile.FromDisk(name, PathOf(folder, i)) with
        {
            Format = name == ImportFile.HierarchyFileName ? null : format,
        }).ToList();
    }

    public void Delete(Guid jobId)
    {
        var folder = FolderOf(jobId);
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
    }

    private string FolderOf(Guid jobId) => Path.Combine(Path.GetFullPath(options.UploadDirectory), jobId.ToString("N"));

    private static string PathOf(string folder, int index) => Path.Combine(folder, $"{index:D5}.json");
}
