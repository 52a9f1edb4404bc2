using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Progress;

/// <summary>The <c>node</c> parameter of the progress reads: a well-formed path of an existing node, or the whole bank.</summary>
internal static class NodeScope
{
    /// <returns>The normalised path; "" for the whole bank.</returns>
    public static async Task<string> ResolveAsync(IProgressQueries progress, string? requested, CancellationToken ct)
    {
        if (requested is not { Length: > 0 })
            return "";
        if (!HierarchyPath.TryParse(requested, out var parsed))
            throw ProblemException.Field("node", $"'{requested}' is not a hierarchy path.");
        var path = parsed.ToString();
        if (!await progress.NodeExistsAsync(path, ct))
            throw new ProblemException(Problems.NotFound, $"No hierarchy node '{path}'.");
        return path;
    }
}
