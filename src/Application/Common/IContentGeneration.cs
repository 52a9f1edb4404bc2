namespace AdaptiveLearning.Application.Common;

/// <summary>A number that changes on every instance whenever shared content changes (questions, hierarchy, fitted parameters).</summary>
public interface IContentGeneration
{
    long Current { get; }
}
