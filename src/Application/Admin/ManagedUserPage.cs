namespace AdaptiveLearning.Application.Admin;

/// <param name="NextCursor">Pass as <c>cursor</c> to get the next page; null on the last page.</param>
public sealed record ManagedUserPage(IReadOnlyList<ManagedUser> Items, string? NextCursor);
