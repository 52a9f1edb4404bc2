namespace AdaptiveLearning.Infrastructure.Imports;

/// <summary>Values of import_staging.action.</summary>
internal enum ImportAction : byte
{
    Created = 0,
    Updated = 1,
    Unchanged = 2,
    Moved = 3,
}
