using System.ComponentModel;
using AdaptiveLearning.Application.Imports;

namespace AdaptiveLearning.Api.Features.Imports.ListImports;

public sealed class ListImportsRequest
{
    public const string Route = "/imports";

    /// <summary>Only jobs in this state (queued, running, succeeded, completed_with_problems, failed, cancelled, interrupted).</summary>
    public ImportJobStatus? State { get; init; }
    /// <summary>Jobs created at or after this time.</summary>
    public DateTimeOffset? From { get; init; }
    /// <summary>Jobs created before this time.</summary>
    public DateTimeOffset? To { get; init; }
    /// <summary>Admins only: jobs this user started (everyone else always sees only their own).</summary>
    public Guid? Author { get; init; }
    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }
    /// <summary>Page size.</summary>
    [DefaultValue(ImportJobFilter.DefaultLimit)]
    public int? Limit { get; init; }
}
