namespace AdaptiveLearning.Application.Common;

/// <summary>
/// A kind of failure a client can act on: a stable machine-readable code, a title, and what kind of failure it is.
/// The Api turns the kind into an HTTP status in one table; the Application never speaks HTTP.
/// </summary>
public sealed record Problem(string Code, string Title, ProblemKind Kind);
