namespace AdaptiveLearning.Infrastructure.Exports;

/// <summary>The "Exports" configuration section.</summary>
public sealed class ExportOptions
{
    /// <summary>Where finished exports' zips wait to be downloaded; every API instance must see the same directory.</summary>
    public string Directory { get; init; } = ".data/exports";

    /// <summary>How long a finished export's zip is kept; older zips are removed when the next export runs.</summary>
    public int RetentionHours { get; init; } = 24;
}
