namespace AdaptiveLearning.Infrastructure.Exports;

/// <summary>The durable job's result: counts, or a refusal found while running (a node deleted since), which is final, not retried.</summary>
internal sealed record ExportJobResult(int Files, int Questions, string? ErrorCode = null, string? Error = null);
