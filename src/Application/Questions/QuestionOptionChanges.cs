namespace AdaptiveLearning.Application.Questions;

/// <summary>How the options differ between two versions, matched by key.</summary>
/// <param name="Added">Options only the newer version has.</param>
/// <param name="Removed">Options only the older version has.</param>
/// <param name="Changed">Options both have, with a different text or explanation.</param>
/// <param name="Reordered">The options both have come in a different order.</param>
public sealed record QuestionOptionChanges(
    IReadOnlyList<QuestionOptionDto> Added, IReadOnlyList<QuestionOptionDto> Removed, IReadOnlyList<QuestionOptionChange> Changed,
    bool Reordered)
{
    public bool HasChanges() => Added.Count > 0 || Removed.Count > 0 || Changed.Count > 0 || Reordered;
}
