namespace AdaptiveLearning.Client;

/// <summary>The answer to a conditional read: the resource with its ETag, or "not modified" when the caller's copy is current.</summary>
/// <typeparam name="T">The resource's model.</typeparam>
public sealed class ConditionalResponse<T>
    where T : class
{
    internal ConditionalResponse(T? value, string? etag, bool notModified)
    {
        Value = value;
        ETag = etag;
        IsNotModified = notModified;
    }

    /// <summary>True when the server answered 304: the copy whose ETag was sent is still current and <see cref="Value"/> is null.</summary>
    public bool IsNotModified { get; }

    /// <summary>The resource; null when <see cref="IsNotModified"/>.</summary>
    public T? Value { get; }

    /// <summary>The resource's entity tag, to send next time (the one sent when not modified).</summary>
    public string? ETag { get; }
}
