using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Exports.StartExport;

public sealed record StartExportCommand(string? Node, QuestionStatus? Status, string? Format, Guid UserId)
{
    /// <summary>Queued or running exports one user may have at once: each reads a whole subtree.</summary>
    public const int MaxActiveJobsPerUser = 3;
}
