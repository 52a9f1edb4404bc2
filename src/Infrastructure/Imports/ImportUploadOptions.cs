namespace AdaptiveLearning.Infrastructure.Imports;

/// <summary>The "Imports" configuration section.</summary>
public sealed class ImportUploadOptions
{
    /// <summary>Where uploads wait for their job; every API instance that runs import jobs must see the same directory.</summary>
    public string UploadDirectory { get; init; } = ".data/imports";
}
