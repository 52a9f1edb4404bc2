using AdaptiveLearning.Application.Common;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Hierarchy;

internal static class HierarchyPaths
{
    public static HierarchyPath ParseOrThrow(string value, string field = "path") =>
        HierarchyPath.TryParse(value, out var path)
            ? path
            : throw ProblemException.Field(field,
                "Use up to 4 codes of lowercase letters, digits, '-' or '_' joined by '__' (topic__subtopic__leaf__facet).");
}
