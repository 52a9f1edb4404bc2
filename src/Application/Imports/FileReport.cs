namespace AdaptiveLearning.Application.Imports;

/// <summary>The outcome of one file. A rejected file wrote nothing; its problems are in the report.</summary>
public sealed record FileReport(string File, string? Facet, bool Rejected, ImportCounts Counts);
