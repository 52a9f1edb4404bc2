using System.IO.Compression;
using AdaptiveLearning.Application.Imports;

namespace AdaptiveLearning.Infrastructure.Exports;

/// <summary>Writes an export's files as entries of one zip, the shape <c>POST /imports</c> takes back file by file.</summary>
internal sealed class ZipExportTarget(ZipArchive zip) : IExportTarget
{
    public async Task WriteAsync(string fileName, byte[] content, CancellationToken ct)
    {
        var entry = zip.CreateEntry(fileName, CompressionLevel.Optimal);
        await using var stream = entry.Open();
        await stream.WriteAsync(content, ct);
    }
}
