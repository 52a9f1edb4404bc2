using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Exports;

/// <summary>What one export job writes, and for whom.</summary>
public sealed record ExportSpec(Guid UserId, string? Node, QuestionStatus? Status, string Format)
{
    /// <summary>A zip of files in the import format (<c>_hierarchy.json</c> and one file per facet).</summary>
    public const string JsonFormat = "json";
}
