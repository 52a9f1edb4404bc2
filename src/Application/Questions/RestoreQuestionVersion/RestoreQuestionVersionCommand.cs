namespace AdaptiveLearning.Application.Questions.RestoreQuestionVersion;

/// <summary>Makes version <paramref name="Version"/>'s content current again, as a new version.</summary>
/// <param name="IfMatch">The client's If-Match entity tags; null when it sent none.</param>
public sealed record RestoreQuestionVersionCommand(Guid UserId, long Id, int Version, IReadOnlyList<string>? IfMatch = null);
