using System.Globalization;
using System.Text;
using AdaptiveLearning.Domain.Content;

namespace AdaptiveLearning.Application.Imports.Format.Bank;

/// <summary>
/// Turns a format's category (<c>Driving/Road signs/Regulatory/Set 1</c>) into a facet path: each level becomes a code
/// (lower case, accents stripped, other characters to '-'), and exactly four levels must remain.
/// </summary>
public static class CategoryPath
{
    private const int MaxCodeLength = 64;

    public const string Separator = "/";

    /// <param name="category">Levels joined by "/".</param>
    public static bool TryParse(string category, out HierarchyPath path, out string reason)
    {
        path = default!;
        var codes = category.Split(Separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Code).ToList();
        reason = $"category '{category}' must name {HierarchyPath.MaxDepth} levels (topic/subtopic/leaf/facet)";
        if (codes.Count != HierarchyPath.MaxDepth || codes.Any(c => c.Length == 0))
            return false;
        return HierarchyPath.TryParse(string.Join(HierarchyPath.Separator, codes), out path);
    }

    /// <summary>Moodle writes categories as <c>$course$/top/…</c>: the context and its root say nothing about the bank.</summary>
    public static string WithoutMoodleContext(string category)
    {
        var levels = category.Split(Separator).ToList();
        if (levels.Count > 0 && levels[0].Trim() is ['$', .., '$'])
            levels.RemoveAt(0);
        if (levels.Count > 0 && levels[0].Trim() == "top")
            levels.RemoveAt(0);
        return string.Join(Separator, levels);
    }

    /// <summary>A level's code: what an author would have typed in a file name for it.</summary>
    public static string Code(string name)
    {
        var code = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var next = c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_' ? c : '-';
            // "__" separates levels, so a run of separators inside one name collapses to one.
            if (next is '-' or '_' && code.Length > 0 && code[^1] is '-' or '_') continue;
            code.Append(next);
        }
        var result = code.ToString().Trim('-', '_');
        return result.Length > MaxCodeLength ? result[..MaxCodeLength].Trim('-', '_') : result;
    }
}
