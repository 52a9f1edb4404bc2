using AdaptiveLearning.Application.Common;

namespace AdaptiveLearning.Infrastructure.Exports;

/// <summary>One zip per export job, named by its id, in the shared export directory.</summary>
internal sealed class ExportFiles(ExportOptions options, IClock clock)
{
    private string Folder => Path.GetFullPath(options.Directory);

    public string PathOf(Guid id) => Path.Combine(Folder, id.ToString("N") + ".zip");

    /// <summary>A unique name in the same folder, so a finished zip appears whole by a rename and two runs of one job do not collide.</summary>
    public string TemporaryPathOf(Guid id)
    {
        Directory.CreateDirectory(Folder);
        return Path.Combine(Folder, id.ToString("N") + "." + Guid.NewGuid().ToString("N") + ".tmp");
    }

    public Stream? Open(Guid id)
    {
        try
        {
            return new FileStream(PathOf(id), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Removes zips (and temporary files of dead runs) older than the retention period.</summary>
    public void RemoveExpired()
    {
        if (!Directory.Exists(Folder))
            return;
        var cutoff = clock.UtcNow.UtcDateTime - TimeSpan.FromHours(options.RetentionHours);
        foreach (var file in Directory.EnumerateFiles(Folder))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) < cutoff)
                    File.Delete(file);
            }
            catch (IOException)
            {
                // Another instance removed it first, or someone is downloading it on a platform that forbids the delete: next time.
            }
        }
    }
}
