namespace AdaptiveLearning.Application.Imports;

/// <summary>Where an export's files go (a folder for the console program).</summary>
public interface IExportTarget
{
    Task WriteAsync(string fileName, byte[] content, CancellationToken ct);
}
