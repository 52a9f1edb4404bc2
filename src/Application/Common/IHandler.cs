namespace AdaptiveLearning.Application.Common;

/// <summary>One use case: a command or query in, its result out.</summary>
public interface IHandler<in TRequest, TResult>
{
    Task<TResult> HandleAsync(TRequest request, CancellationToken ct);
}
