using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Sessions;

/// <param name="UserId">Whose sessions: always the caller.</param>
/// <param name="From">Started at or after.</param>
/// <param name="To">Started before.</param>
/// <param name="After">Where the previous page stopped.</param>
public sealed record SessionHistoryFilter(Guid UserId, SessionStatus? Status, SessionMode? Mode, DateTimeOffset? From, DateTimeOffset? To,
    SessionCursor? After, int Limit)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}
