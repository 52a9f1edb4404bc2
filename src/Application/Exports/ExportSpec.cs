using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Exports;

/// <summary>What one export job writes, and for whom.</summary>
public sealed record ExportSpec(Guid UserId, string? Node, QuestionStatus? Status, string Format)
{
    /// <summary>The default: a zip of files in the import format (<c>_hierarchy.json</c> and one file per facet). Other formats: <c>BankFormat</c>'s wire names.</summary>
    public const string JsonFormat = "json";
}
