namespace AdaptiveLearning.Application.Imports.ImportQuestions;

/// <summary>Values of import_staging.action.</summary>
public enum ImportAction : byte
{
    Created = 0,
    Updated = 1,
    Unchanged = 2,
    Moved = 3,
}
