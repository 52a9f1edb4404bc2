using AdaptiveLearning.Client.Models;
using AdaptiveLearning.Client.Resources.Sessions;

namespace AdaptiveLearning.Client;

/// <summary>Conveniences over <see cref="ISessionsApi"/>.</summary>
public static class SessionsApiExtensions
{
    /// <summary>Every study session of mine matching <paramref name="filter"/>, newest first, fetched a page at a time as the loop asks for more.</summary>
    /// <param name="sessions">The sessions area, such as <c>client.Sessions</c>.</param>
    /// <param name="filter">Status, mode and start-time range; null for all of mine.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The sessions with their summaries, for <c>await foreach</c>.</returns>
    /// <example><code>
    /// await foreach (var session in client.Sessions.ListAllSessionsAsync(new SessionFilter { Status = SessionStatus.Ended }))
    ///     Console.WriteLine($"{session.StartedAt}: {session.Answered} answers, {session.Points} points");
    /// </code></example>
    public static IAsyncEnumerable<SessionHistoryItem> ListAllSessionsAsync(this ISessionsApi sessions, SessionFilter? filter = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var f = filter ?? new SessionFilter();
        return CursorPager.ReadAllAsync<SessionHistoryItem>(async (cursor, ct) =>
        {
            var page = await sessions.ListStudySessionsAsync(f.Status, f.Mode, f.From, f.To, cursor, f.PageSize, ct).ConfigureAwait(false);
            return (page.Items, page.NextCursor);
        }, cancellationToken);
    }
}
