using AdaptiveLearning.Application.Imports;

namespace AdaptiveLearning.ImportTool;

internal sealed class DirectoryExportTarget(string directory) : IExportTarget
{
    public Task WriteAsync(string fileName, byte[] content, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        return File.WriteAllBytesAsync(Path.Combine(directory, fileName), content, ct);
    }
}
