using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Imports;

/// <summary>Reads stored content in the shape an export needs, one facet at a time.</summary>
public interface IQuestionExportSource
{
    /// <summary>The node at <paramref name="path"/> with its ancestors and descendants (every node when null), by path.</summary>
    Task<IReadOnlyList<ExportNode>> NodesAsync(string? path, CancellationToken ct);

    /// <summary>The current content of every question in a facet (only those in <paramref name="status"/> when given), oldest first.</summary>
    Task<IReadOnlyList<ExportedQuestion>> QuestionsAsync(long facetId, QuestionStatus? status, CancellationToken ct);
}
