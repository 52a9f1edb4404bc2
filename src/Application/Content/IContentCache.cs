namespace AdaptiveLearning.Application.Content;

/// <summary>
/// The cached read side of content (hierarchy, questions). Writers call it after they commit so
/// every API instance stops serving the old content within a second.
/// </summary>
public interface IContentCache
{
    Task InvalidateAllAsync(CancellationToken ct);
}
