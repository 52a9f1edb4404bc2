using AdaptiveLearning.Application.Imports.Format;

namespace AdaptiveLearning.Infrastructure.Imports;

/// <summary>A question that needs writing, with its classification already decided.</summary>
internal sealed record StagedQuestion(ImportedQuestion Question, int FileNo, long FacetId, ImportAction Action, ExistingQuestion? Existing)
{
    public bool ContentChanged => Existing is null || Existing.ContentHash != Question.ContentHash;
}
