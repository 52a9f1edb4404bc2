using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Client;

/// <summary>Which study sessions <see cref="SessionsApiExtensions.ListAllSessionsAsync"/> returns; every field is optional.</summary>
public sealed record SessionFilter
{
    /// <summary>Only <c>active</c> or <c>ended</c> sessions.</summary>
    public SessionStatus? Status { get; init; }

    /// <summary>Only sessions of this mode.</summary>
    public SessionMode? Mode { get; init; }

    /// <summary>Sessions started at or after this time.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Sessions started before this time.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>How many sessions each request fetches; the server's default when null.</summary>
    public int? PageSize { get; init; }
}
