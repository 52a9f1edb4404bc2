using System.ComponentModel;
using AdaptiveLearning.Application.Sessions;
using AdaptiveLearning.Domain.Learning;

namespace AdaptiveLearning.Api.Features.Sessions.ListStudySessions;

public sealed class ListStudySessionsRequest
{
    public const string Route = "/sessions";

    /// <summary>Only active (not ended) or ended sessions.</summary>
    public SessionStatus? Status { get; init; }
    /// <summary>Only sessions of this mode.</summary>
    public SessionMode? Mode { get; init; }
    /// <summary>Sessions started at or after this time.</summary>
    public DateTimeOffset? From { get; init; }
    /// <summary>Sessions started before this time.</summary>
    public DateTimeOffset? To { get; init; }
    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }
    /// <summary>Page size.</summary>
    [DefaultValue(SessionHistoryFilter.DefaultLimit)]
    public int? Limit { get; init; }
}
