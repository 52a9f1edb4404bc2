namespace AdaptiveLearning.Application.Sessions;

public interface ISessionHistoryQueries
{
    /// <summary>The learner's sessions, newest first, each with its summary, in one round trip.</summary>
    Task<(IReadOnlyList<SessionHistoryItem> Items, bool More)> ListAsync(SessionHistoryFilter filter, CancellationToken ct);
}
