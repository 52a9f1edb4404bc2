namespace AdaptiveLearning.Infrastructure.Exports;

/// <summary>The durable job's payload: everything the run needs, and the owner the routes check.</summary>
internal sealed record ExportJobPayload(Guid UserId, string? Node, string? Status, string Format)
{
    public const string Kind = "export";
}
