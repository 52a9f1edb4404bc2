using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Application.Sessions.ListStudySessions;

/// <param name="From">Started at or after.</param>
/// <param name="To">Started before.</param>
/// <param name="Cursor">The nextCursor of the previous page.</param>
public sealed record ListStudySessionsQuery(Guid UserId, SessionStatus? Status = null, SessionMode? Mode = null, DateTimeOffset? From = null,
    DateTimeOffset? To = null, string? Cursor = null, int? Limit = null);
