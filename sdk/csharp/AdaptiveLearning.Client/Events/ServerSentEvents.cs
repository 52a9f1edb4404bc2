using System.Runtime.CompilerServices;
using System.Text;

namespace AdaptiveLearning.Client;

/// <summary>Reads a <c>text/event-stream</c> body as messages (comments and <c>retry</c> lines are skipped).</summary>
public static class ServerSentEvents
{
    /// <summary>Yields each message as it arrives, until the stream ends or <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="stream">The body from <see cref="Resources.Events.IEventsApi.StreamEventsAsync"/>.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    /// <returns>The messages in order.</returns>
    public static async IAsyncEnumerable<ServerSentEvent> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string? id = null, type = null;
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Length > 0)
                    yield return new ServerSentEvent(id ?? "", type ?? "message", data.ToString());
                (type, data) = (null, data.Clear());
                continue;
            }
            var colon = line.IndexOf(':');
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..].TrimStart(' ');
            switch (field)
            {
                case "id": id = value; break;
                case "event": type = value; break;
                case "data": data.Append(data.Length > 0 ? "\n" : "").Append(value); break;
            }
        }
    }
}
