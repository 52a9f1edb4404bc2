namespace AdaptiveLearning.Api.Http;

/// <summary>Reads If-Match (RFC 9110 §13.1.1): a list of entity tags or <c>*</c>; null when the client sent none.</summary>
internal static class IfMatchHeader
{
    /// <summary>Most a client could mean: more tags than this in one header are ignored rather than compared.</summary>
    private const int MaxTags = 20;

    public static IReadOnlyList<string>? Of(HttpRequest request)
    {
        var values = request.Headers.IfMatch;
        if (values.Count == 0)
            return null;
        var tags = values
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Take(MaxTags)
            .ToArray();
        // A header present but empty names no current representation, so it can only fail the precondition.
        return tags.Length == 0 ? [""] : tags;
    }
}
