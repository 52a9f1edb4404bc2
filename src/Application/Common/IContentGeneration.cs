namespace AdaptiveLearning.Application.Common;

/// <summary>
/// A number that grows whenever a content write (hierarchy, questions, imports) has committed. Anything kept
/// for one generation stays correct until the number moves on; it is read before the content it labels.
/// </summary>
public interface IContentGeneration
{
    long Current { get; }
}
