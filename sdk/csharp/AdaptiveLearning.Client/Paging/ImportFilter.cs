using AdaptiveLearning.Client.Models;

namespace AdaptiveLearning.Client;

/// <summary>Which import jobs <see cref="ImportsApiExtensions.ListAllAsync"/> returns; every field is optional.</summary>
public sealed record ImportFilter
{
    /// <summary>Only jobs in this state.</summary>
    public ImportJobStatus? State { get; init; }

    /// <summary>Jobs created at or after this time.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Jobs created before this time.</summary>
    public DateTimeOffset? To { get; init; }

    /// <summary>Admins only: jobs this user started.</summary>
    public Guid? Author { get; init; }

    /// <summary>How many jobs each request fetches; the server's default when null.</summary>
    public int? PageSize { get; init; }
}
