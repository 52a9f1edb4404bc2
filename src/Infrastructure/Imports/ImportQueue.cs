using System.Threading.Channels;
using AdaptiveLearning.Application.Imports;

namespace AdaptiveLearning.Infrastructure.Imports;

/// <summary>
/// In-process queue: uploads are held in memory until the runner takes them. A job queued when the process
/// stops is lost and stays "queued"; uploading again is safe because imports are idempotent.
/// </summary>
internal sealed class ImportQueue : IImportQueue
{
    private readonly Channel<QueuedImport> _channel = Channel.CreateUnbounded<QueuedImport>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<QueuedImport> Reader => _channel.Reader;

    public ValueTask EnqueueAsync(QueuedImport import, CancellationToken ct) => _channel.Writer.WriteAsync(import, ct);
}
