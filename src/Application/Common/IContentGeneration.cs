namespace AdaptiveLearning.Application.Common;

/// <summary>
/// A number that grows on every instance whenever a content write (hierarchy, questions, imports, fitted IRT or BKT
/// parameters) has committed. Anything kept for one generation stays correct until the number moves on; it is read
/// before the content it labels.
/// </summary>
public interface IContentGeneration
{
    long Current { get; }
}
