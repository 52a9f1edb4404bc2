using AdaptiveLearning.Application.Imports.Format;

namespace AdaptiveLearning.Application.Imports.ImportQuestions;

/// <summary>A question that needs writing, with its classification already decided.</summary>
public sealed record StagedQuestion(ImportedQuestion Question, int FileNo, long FacetId, ImportAction Action, ExistingQuestion? Existing)
{
    /// <summary>A new version, by <see cref="Domain.Content.Question.Revise"/>'s rule (a move alone keeps the version).</summary>
    public bool ContentChanged => Existing is null || Domain.Content.Question.IsRevision(Existing.ContentHash, Question.ContentHash);
}
