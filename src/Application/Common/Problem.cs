namespace AdaptiveLearning.Application.Common;

/// <summary>A kind of failure a client can act on: HTTP status plus a stable machine-readable code.</summary>
public sealed record Problem(int Status, string Code, string Title);
