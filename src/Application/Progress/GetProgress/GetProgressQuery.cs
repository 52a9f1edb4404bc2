namespace AdaptiveLearning.Application.Progress.GetProgress;

/// <param name="NodePath">Null for the whole bank.</param>
public sealed record GetProgressQuery(Guid UserId, string? NodePath);
