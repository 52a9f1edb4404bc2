namespace AdaptiveLearning.Application.Admin;

/// <param name="NextCursor">Pass as <c>cursor</c> to get the next (older) page; null on the last page.</param>
public sealed record AuditLogPage(IReadOnlyList<AuditLogEntry> Items, string? NextCursor);
