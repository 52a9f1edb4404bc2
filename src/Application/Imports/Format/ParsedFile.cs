using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Imports.Format;

/// <summary>A question file after validation: either every item is valid, or it has problems and will not be written.</summary>
public sealed class ParsedFile(ImportFile file, HierarchyPath? facet)
{
    public ImportFile File { get; } = file;
    public HierarchyPath? Facet { get; } = facet;
    public List<ImportedQuestion> Questions { get; } = [];
    public List<ImportProblem> Problems { get; } = [];
    public List<ImportProblem> Warnings { get; } = [];
    /// <summary>Items in the array, valid or not; 0 when the file could not be read as an array.</summary>
    public int ItemCount { get; set; }

    /// <summary>Valid when nothing is wrong and every question has a facet: the file name's, or its own category's.</summary>
    public bool IsValid => Problems.Count == 0 && (Facet is not null || Questions.All(q => q.Facet is not null));

    public HierarchyPath FacetOf(ImportedQuestion question) => question.Facet ?? Facet!;

    /// <summary>Every facet the file writes to (the file name's even when empty, as before other formats existed).</summary>
    public IEnumerable<HierarchyPath> Facets =>
        Questions.Select(q => q.Facet).Prepend(Facet).OfType<HierarchyPath>().Distinct();

    /// <summary>Questions with a problem (a whole-file problem counts as one).</summary>
    public int InvalidCount
    {
        get
        {
            var items = Problems.Where(p => p.Index is not null).Select(p => p.Index).Distinct().Count();
            return items > 0 ? items : Problems.Count > 0 ? 1 : 0;
        }
    }

    public void AddProblem(int? index, string? externalId, string? field, string reason) =>
        Problems.Add(new ImportProblem(File.Name, index, externalId, field, reason));
}
