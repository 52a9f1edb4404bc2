using AdaptiveLearning.Application.Questions;

namespace AdaptiveLearning.Api.Http;

/// <summary>
/// Names one rendered content read within a generation: the resource, its id or text argument, and the
/// view it was rendered for, so a learner's entry and a staff entry never meet.
/// </summary>
internal readonly record struct RenderedKey(string Resource, long Id, string? Text, ContentViewer View)
{
    public static RenderedKey Hierarchy(bool includeInactive) => new("hierarchy", 0, null, ViewOf(includeInactive));

    public static RenderedKey HierarchyNode(string path, bool includeInactive) => new("hierarchy-node", 0, path, ViewOf(includeInactive));

    public static RenderedKey Question(long id, ContentViewer viewer) => new("question", id, null, viewer);

    /// <summary>Keyed by the specification's own cache key, which already names the viewer and every filter.</summary>
    public static RenderedKey QuestionList(string specificationKey, ContentViewer viewer) => new("questions", 0, specificationKey, viewer);

    /// <summary>Inactive nodes are what a staff view of the hierarchy adds; without them every caller sees the same tree.</summary>
    private static ContentViewer ViewOf(bool includeInactive) => includeInactive ? ContentViewer.Staff : ContentViewer.Learner;

    /// <summary>What an entry under this key costs besides its body, roughly: the key's text and the entry's bookkeeping.</summary>
    public int OverheadBytes => 128 + 2 * (Text?.Length ?? 0);
}
