namespace AdaptiveLearning.Application.Imports;

/// <param name="PerFile">Counts aligned with the files passed in.</param>
public sealed record BatchOutcome(IReadOnlyList<ImportCounts> PerFile, IReadOnlyList<MovedQuestion> Moves, int NodesCreated, int Published)
{
    public bool ChangedAnything => NodesCreated + Published > 0 || PerFile.Any(f => f.ChangedAnything);
}
