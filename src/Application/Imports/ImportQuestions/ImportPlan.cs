using AdaptiveLearning.Application.Imports.Format;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Imports.ImportQuestions;

/// <summary>
/// Classifies a batch against what is stored: only created, changed and moved questions are staged, so a
/// re-import of an unchanged bank sends the server keys, not content.
/// </summary>
public sealed class ImportPlan
{
    public List<StagedQuestion> Staged { get; } = [];
    public List<ExistingQuestion> Unchanged { get; } = [];
    public ImportCounts[] PerFile { get; private init; } = [];

    public static ImportPlan Classify(IReadOnlyList<ParsedFile> files, IReadOnlyDictionary<string, long> facetIds,
        IReadOnlyDictionary<string, ExistingQuestion> existing)
    {
        var plan = new ImportPlan { PerFile = new ImportCounts[files.Count] };
        for (var fileNo = 0; fileNo < files.Count; fileNo++)
        {
            var counts = ImportCounts.None;
            foreach (var question in files[fileNo].Questions)
            {
                var facetId = facetIds[files[fileNo].FacetOf(question).ToString()];
                var stored = existing.GetValueOrDefault(question.ExternalId);
                var action = stored switch
                {
                    null => ImportAction.Created,
                    _ when stored.FacetId != facetId => ImportAction.Moved,
                    _ when Question.IsRevision(stored.ContentHash, question.ContentHash) => ImportAction.Updated,
                    _ => ImportAction.Unchanged,
                };
                counts = Count(counts, action);
                if (action == ImportAction.Unchanged)
                    plan.Unchanged.Add(stored!);
                else
                    plan.Staged.Add(new StagedQuestion(question, fileNo, facetId, action, stored));
            }
            plan.PerFile[fileNo] = counts;
        }
        return plan;
    }

    private static ImportCounts Count(ImportCounts c, ImportAction action) => action switch
    {
        ImportAction.Created => c with { Created = c.Created + 1 },
        ImportAction.Updated => c with { Updated = c.Updated + 1 },
        ImportAction.Moved => c with { Moved = c.Moved + 1 },
        _ => c with { Unchanged = c.Unchanged + 1 },
    };
}
