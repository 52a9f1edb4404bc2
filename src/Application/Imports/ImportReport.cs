namespace AdaptiveLearning.Application.Imports;

/// <summary>Everything an import did or refused to do, per file and in total. Serialised as the JSON report.</summary>
public sealed record ImportReport
{
    public required bool DryRun { get; init; }
    public required ImportCounts Total { get; init; }
    /// <summary>Existing draft or in-review questions that <c>--publish</c> published without changing them.</summary>
    public int Published { get; init; }
    public int NodesCreated { get; init; }
    public int NodesUpdated { get; init; }
    public required IReadOnlyList<FileReport> Files { get; init; }
    public required IReadOnlyList<ImportProblem> Problems { get; init; }
    /// <summary>Things fixed on the way in that authors should know about (e.g. a blank option left out).</summary>
    public required IReadOnlyList<ImportProblem> Warnings { get; init; }
    public required IReadOnlyList<MovedQuestion> Moves { get; init; }
    public double ElapsedSeconds { get; init; }

    public bool Succeeded => Total.Invalid == 0;

    public bool ChangedNothing => !Total.ChangedAnything && Published == 0 && NodesCreated == 0 && NodesUpdated == 0;
}
